package fr.agora.adapter.in.rest.invoice;

import fr.agora.domain.invoice.AccessoryCharge;
import fr.agora.domain.invoice.InvoiceKind;
import fr.agora.domain.invoice.MentionsCheck;
import fr.agora.domain.invoice.ReductionType;
import fr.agora.domain.invoice.VatRounding;
import fr.agora.domain.tva.Exemption;
import fr.agora.domain.tva.Nature;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of {@code /api/v1/invoices}. Amounts are exact JSON decimals. */
public final class InvoiceDtos {

    private InvoiceDtos() {
    }

    @Schema(description = "An invoice (or credit note) to compute")
    public record InvoiceComputeRequest(
            @Schema(description = "Date whose TVA rates apply; today when absent", example = "2026-03-15") LocalDate date,
            @NotNull List<@NotNull @Valid InvoiceLineDto> lines,
            List<@NotNull @Valid InvoiceReductionDto> reductions,
            @Digits(integer = 3, fraction = 2) @DecimalMin("0") @DecimalMax("100")
            @Schema(description = "Escompte in per cent of the net commercial", example = "2") BigDecimal cashDiscountRate,
            @Digits(integer = 13, fraction = 2) @PositiveOrZero @Schema(description = "Frais de port HT", example = "50") BigDecimal shipping,
            @Digits(integer = 13, fraction = 2) @PositiveOrZero @Schema(description = "Acompte TTC already invoiced") BigDecimal deposit,
            @Schema(description = "PER_RATE (default) or PER_LINE") VatRounding vatRounding,
            @Schema(description = "INVOICE (default) or CREDIT_NOTE") InvoiceKind kind,
            @Size(max = 20) @Schema(description = "Other accessory charges HT (packaging, insurance …); like the port, split "
                    + "pro rata of each rate's HT (CGI art. 267 I-2°)") List<@NotNull @Valid InvoiceAccessoryDto> accessories,
            @Size(max = 20) @Schema(description = "Customer's intra-EU VAT number: required by an INTRA_EU_DELIVERY or "
                    + "REVERSE_CHARGE line, checked (shape per member state, key of a French number)",
                    example = "DE123456789") String customerVatNumber,
            @Schema(description = "Services whose TVA is due on payment: the TVA is credited to 44574 (TVA collectée sur "
                    + "encaissements) until the customer pays; refused with a goods line") Boolean vatOnReceipts) {
    }

    @Schema(description = "An accessory charge billed with the goods or services")
    public record InvoiceAccessoryDto(
            @NotNull @Schema(example = "PACKAGING") AccessoryCharge.Kind kind,
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(example = "12.00") BigDecimal amount) {
    }

    public record InvoiceLineDto(
            @NotBlank String label,
            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 3) @Schema(example = "20") BigDecimal quantity,
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(example = "100.00") BigDecimal unitPrice,
            @NotNull @Digits(integer = 3, fraction = 2) @Schema(description = "TVA rate in per cent", example = "20") BigDecimal vatRate,
            @Schema(description = "GOODS (default, 707) or SERVICES (706)") Nature nature,
            @Schema(description = "Required on a line at vatRate 0, refused on a taxed line: why no TVA is charged "
                    + "(EXPORT → CA3 E1, INTRA_EU_DELIVERY → F2, FRANCHISE_EN_BASE, OTHER_EXEMPT → E2, REVERSE_CHARGE → E2)",
                    example = "EXPORT") Exemption exemption) {
    }

    public record InvoiceReductionDto(
            @NotNull ReductionType type,
            @Digits(integer = 3, fraction = 2) @DecimalMin("0") @DecimalMax("100") BigDecimal rate,
            @Digits(integer = 13, fraction = 2) @PositiveOrZero BigDecimal amount) {
    }

    public record InvoiceComputeResponse(InvoiceKind kind, VatRounding vatRounding, BigDecimal gross,
            List<InvoiceAppliedReductionDto> reductions, BigDecimal netCommercial, BigDecimal cashDiscount,
            BigDecimal netFinancial, BigDecimal shipping, List<InvoiceVatDto> vat, BigDecimal totalExclVat, BigDecimal totalVat,
            BigDecimal totalInclVat, BigDecimal deposit, BigDecimal amountDue, boolean issuable, List<InvoiceProblemDto> problems,
            @Schema(description = "The invoice's entry; with an acompte, the balance entry (after depositJournalEntry)")
            InvoiceJournalEntryDto journalEntry,
            @Schema(description = "Port and other accessory charges, HT") BigDecimal accessoryCharges,
            @Schema(description = "How the accessory charges are spread over the rates") List<InvoiceAccessoryShareDto> accessorySplit,
            @Schema(description = "Mentions the exemptions require", example = "[\"Exonération de TVA, art. 262 I du CGI\"]")
            List<String> mentions,
            @Schema(description = "The acompte's HT") BigDecimal depositExclVat,
            @Schema(description = "TVA already collected on the acompte, deducted from this invoice's entry") BigDecimal depositVat,
            @Schema(description = "The acompte invoice's entry (absent without acompte)") InvoiceJournalEntryDto depositJournalEntry) {
    }

    public record InvoiceAccessoryShareDto(BigDecimal rate, Exemption exemption, BigDecimal amount) {
    }

    public record InvoiceAppliedReductionDto(ReductionType type, BigDecimal rate, BigDecimal amount, BigDecimal netAfter) {
    }

    public record InvoiceVatDto(BigDecimal rate, BigDecimal base, BigDecimal amount,
            @Schema(description = "Why a 0 % base carries no TVA") Exemption exemption) {
    }

    public record InvoiceProblemDto(String code, String field, String message) {
    }

    public record InvoiceJournalEntryDto(String journal, String label, List<InvoiceJournalLineDto> lines) {
    }

    public record InvoiceJournalLineDto(String account, String label, BigDecimal debit, BigDecimal credit) {
    }

    // ---- check-mentions

    public record InvoicePartyDto(String name, String address, String siren, String vatNumber, String legalForm,
            @Digits(integer = 13, fraction = 2) BigDecimal shareCapital, String registration) {
    }

    public record InvoiceMentionsRequest(String number, String previousNumber, LocalDate issueDate, LocalDate saleDate,
            @Valid InvoicePartyDto seller, @Valid InvoicePartyDto buyer,
            @Schema(description = "B2B invoice (penalties, 40 € indemnity, buyer's TVA number apply)") Boolean businessCustomer,
            @Digits(integer = 13, fraction = 2) BigDecimal totalExclVat, LocalDate paymentDueDate,
            @Digits(integer = 3, fraction = 2) BigDecimal latePenaltyRate,
            @Digits(integer = 13, fraction = 2) BigDecimal recoveryIndemnity, String cashDiscountTerms,
            Nature operationNature, Boolean mixedOperations, String deliveryAddress, Boolean deliveryAddressSameAsBilling,
            Boolean vatOnDebitsOption, Boolean vatOnDebitsMention, Boolean franchise, Boolean franchiseMention,
            @Schema(description = "Check the e-invoicing mentions; by default B2B invoices issued from 2026-09-01") Boolean eInvoicing) {
    }

    public record InvoiceMissingMentionDto(String code, String field, String requirement,
            @Schema(description = "TAX (CGI, fined 15 € under art. 1737) or COMMERCIAL (Code de commerce)") MentionsCheck.Basis basis) {
    }

    public record InvoiceMentionsResponse(boolean complete, List<InvoiceMissingMentionDto> missing,
            @Schema(description = "15 € per missing or wrong tax mention, capped at 25 % of the invoice (CGI art. 1737)")
            BigDecimal potentialFine,
            @Schema(description = "The sanction of the commercial mentions missing, when any is") String commercialSanction) {
    }
}
