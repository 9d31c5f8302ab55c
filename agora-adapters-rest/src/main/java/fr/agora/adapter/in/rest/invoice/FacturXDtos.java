package fr.agora.adapter.in.rest.invoice;

import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceComputeRequest;
import fr.agora.domain.invoice.InvoiceKind;
import fr.agora.domain.tva.Exemption;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Factur-X request/response bodies (prefixed: springdoc keys schemas by simple name). */
public final class FacturXDtos {

    private FacturXDtos() {
    }

    @Schema(description = "An invoice to issue as Factur-X (EN 16931): number, dates, parties, and the invoice as "
            + "POST /invoices/compute takes it")
    public record FacturXRequest(
            @NotBlank @Size(max = 35) @Schema(example = "F2026-0042") String number,
            @NotNull @Schema(example = "2026-03-15") LocalDate issueDate,
            @Schema(example = "2026-04-14") LocalDate dueDate,
            @NotNull @Valid FacturXPartyDto seller,
            @NotNull @Valid FacturXPartyDto buyer,
            @NotNull @Valid InvoiceComputeRequest invoice) {
    }

    @Schema(description = "A seller or buyer: name, SIREN, VAT number, postal address (the country is required)")
    public record FacturXPartyDto(
            @NotBlank @Size(max = 200) @Schema(example = "Papeterie Martin SARL") String name,
            @Pattern(regexp = "^[0-9]{9}$") @Schema(example = "732829320") String siren,
            @Size(max = 20) @Schema(example = "FR44732829320") String vatNumber,
            @Size(max = 200) @Schema(example = "12 rue des Lilas") String street,
            @Size(max = 20) @Schema(example = "69003") String postcode,
            @Size(max = 100) @Schema(example = "Lyon") String city,
            @NotNull @Pattern(regexp = "^[A-Z]{2}$") @Schema(example = "FR") String countryCode) {
    }

    @Schema(description = "A Factur-X invoice read back: what the document says, totals as it declares them")
    public record FacturXReadResponse(String number, LocalDate issueDate, InvoiceKind kind, FacturXPartyDto seller,
                                      FacturXPartyDto buyer, List<FacturXLineDto> lines, List<FacturXAdjustmentDto> allowances,
                                      List<FacturXAdjustmentDto> charges, List<FacturXVatDto> vat, BigDecimal lineTotal,
                                      BigDecimal totalExclVat, BigDecimal totalVat, BigDecimal totalInclVat, BigDecimal prepaid,
                                      BigDecimal amountDue, List<String> notes) {
    }

    public record FacturXLineDto(String label, BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate, Exemption exemption) {
    }

    public record FacturXAdjustmentDto(BigDecimal vatRate, BigDecimal amount, String reason) {
    }

    public record FacturXVatDto(BigDecimal rate, BigDecimal base, BigDecimal amount, Exemption exemption) {
    }
}
