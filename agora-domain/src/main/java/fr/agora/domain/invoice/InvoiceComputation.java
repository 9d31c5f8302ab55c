package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The computed invoice, every amount exact to the cent. TTC = HT + TVA holds exactly; the amount due is TTC minus
 * the acompte already invoiced. {@code issuable} is false when {@code problems} is not empty (an empty invoice).
 */
public record InvoiceComputation(InvoiceKind kind, VatRounding rounding, Money gross, List<AppliedReduction> reductions,
        Money netCommercial, BigDecimal cashDiscountRate, Money cashDiscount, Money netFinancial, Money shipping,
        BigDecimal shippingVatRate, List<VatAmount> vat, Money totalExclVat, Money totalVat, Money totalInclVat,
        Money deposit, Money amountDue, boolean issuable, List<InvoiceProblem> problems, JournalEntry journalEntry) {

    /** One reduction of the cascade: its amount and the net after it. */
    public record AppliedReduction(ReductionType type, BigDecimal rate, Money amount, Money netAfter) {
    }

    /** TVA for one rate: base HT (after reductions, escompte and port) and the tax. */
    public record VatAmount(BigDecimal rate, String rateCode, Money base, Money amount) {
    }

    /** Why an invoice cannot be issued as it is. */
    public record InvoiceProblem(String code, String field, String message) {
    }
}
