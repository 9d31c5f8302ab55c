package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Exemption;
import fr.agora.domain.tva.Nature;
import java.math.BigDecimal;

/**
 * One line: quantity × unit price HT at a TVA rate (per cent). A line at 0 % says why it carries no TVA
 * ({@code exemption}); a taxed line has none. Checked by {@link InvoiceRequest}.
 */
public record InvoiceLine(String label, BigDecimal quantity, Money unitPrice, BigDecimal vatRate, Nature nature,
        Exemption exemption) {

    public InvoiceLine(String label, BigDecimal quantity, Money unitPrice, BigDecimal vatRate, Nature nature) {
        this(label, quantity, unitPrice, vatRate, nature, null);
    }

    public InvoiceLine(String label, String quantity, String unitPrice, String vatRate) {
        this(label, new BigDecimal(quantity), Money.of(unitPrice), new BigDecimal(vatRate), Nature.GOODS, null);
    }

    /** An exempt line of goods: 0 % with its reason. */
    public static InvoiceLine exempt(String label, String quantity, String unitPrice, Exemption exemption) {
        return new InvoiceLine(label, new BigDecimal(quantity), Money.of(unitPrice), BigDecimal.ZERO, Nature.GOODS, exemption);
    }
}
