package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Nature;
import java.math.BigDecimal;

/** One line: quantity × unit price HT at a TVA rate (per cent). Checked by {@link InvoiceRequest}. */
public record InvoiceLine(String label, BigDecimal quantity, Money unitPrice, BigDecimal vatRate, Nature nature) {

    public InvoiceLine(String label, String quantity, String unitPrice, String vatRate) {
        this(label, new BigDecimal(quantity), Money.of(unitPrice), new BigDecimal(vatRate), Nature.GOODS);
    }
}
