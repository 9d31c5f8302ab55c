package fr.agora.domain.invoice;

import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Avoirs always replay the original invoice's rates (RULES-REFERENCE §2.3): a full reversal replays the same lines,
 * reductions and port; a partial avoir (rabais or ristourne granted after invoicing) spreads its HT amount over the
 * original's TVA bases pro rata, so that each rate is reversed in the original proportions.
 */
public final class CreditNotes {

    private CreditNotes() {
    }

    /** The avoir that cancels the whole invoice: same lines, reductions, escompte and port, at the original date's rates. */
    public static InvoiceRequest fullReversal(InvoiceRequest original) {
        return original.withKind(InvoiceKind.CREDIT_NOTE);
    }

    /**
     * An avoir of {@code amountExclVat} HT on an invoice already computed, spread over its rates pro rata to their
     * bases (largest remainder to the cent). The original's date keeps the original rates.
     */
    public static InvoiceRequest partial(InvoiceComputation original, LocalDate originalDate, Money amountExclVat) {
        if (amountExclVat.isNegative() || amountExclVat.compareTo(original.totalExclVat()) > 0) {
            throw new InvalidInputException("credit-note-exceeds-invoice", "amount",
                    "a credit note of " + amountExclVat + " HT cannot exceed the invoice's " + original.totalExclVat(),
                    Map.of("amount", amountExclVat.toString(), "invoiceTotalExclVat", original.totalExclVat().toString()));
        }
        List<VatAmount> bases = original.vat();
        long[] weights = new long[bases.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = bases.get(i).base().cents();
        }
        long[] parts = ProRata.allocate(amountExclVat.cents(), weights);
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != 0) {
                lines.add(new InvoiceLine("Avoir — base à " + bases.get(i).rate().toPlainString() + " %",
                        java.math.BigDecimal.ONE, Money.ofCents(parts[i]), bases.get(i).rate(), null,
                        bases.get(i).exemption()));
            }
        }
        return new InvoiceRequest(originalDate, lines, List.of(), null, null, null, original.rounding(),
                InvoiceKind.CREDIT_NOTE);
    }
}
