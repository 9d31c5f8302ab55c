package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Exemption;
import java.math.BigDecimal;
import java.util.List;

/**
 * The computed invoice, every amount exact to the cent. TTC = HT + TVA holds exactly; the amount due is TTC minus
 * the acompte already invoiced. {@code issuable} is false when {@code problems} is not empty (an empty invoice, an
 * acompte above the total, a customer VAT number missing or malformed where an exemption needs it).
 *
 * @param shippingVatRate  the rate of the port when the invoice has a single rate; {@code null} when it is split
 * @param accessoryCharges port and every other accessory charge, HT
 * @param accessorySplit   how the accessory charges are spread over the rates (pro rata of each rate's HT)
 * @param mentions         the mentions the invoice must carry for its exemptions (distinct, in line order)
 * @param depositExclVat   the acompte's HT (credited to 4191 by the acompte invoice)
 * @param depositVat       the TVA already collected on the acompte, deducted from the TVA of this invoice's entry
 * @param depositJournalEntry the acompte invoice's entry ({@code null} without acompte); then {@code journalEntry}
 *                         is the balance entry
 */
public record InvoiceComputation(InvoiceKind kind, VatRounding rounding, Money gross, List<AppliedReduction> reductions,
        Money netCommercial, BigDecimal cashDiscountRate, Money cashDiscount, Money netFinancial, Money shipping,
        BigDecimal shippingVatRate, List<VatAmount> vat, Money totalExclVat, Money totalVat, Money totalInclVat,
        Money deposit, Money amountDue, boolean issuable, List<InvoiceProblem> problems, JournalEntry journalEntry,
        Money accessoryCharges, List<AccessoryShare> accessorySplit, List<String> mentions, Money depositExclVat,
        Money depositVat, JournalEntry depositJournalEntry) {

    /** One reduction of the cascade: its amount and the net after it. */
    public record AppliedReduction(ReductionType type, BigDecimal rate, Money amount, Money netAfter) {
    }

    /**
     * TVA for one rate: base HT (after reductions, escompte and the rate's share of the accessory charges) and the tax;
     * an exempt base (0 %) says why.
     */
    public record VatAmount(BigDecimal rate, String rateCode, Money base, Money amount, Exemption exemption) {
    }

    /** The part of the accessory charges taxed at a rate (or exempt with the lines it follows). */
    public record AccessoryShare(BigDecimal rate, Exemption exemption, Money amount) {
    }

    /** Why an invoice cannot be issued as it is. */
    public record InvoiceProblem(String code, String field, String message) {
    }
}
