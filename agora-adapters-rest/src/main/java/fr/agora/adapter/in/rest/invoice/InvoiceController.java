package fr.agora.adapter.in.rest.invoice;

import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceComputeRequest;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceComputeResponse;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceMentionsRequest;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceMentionsResponse;
import fr.agora.application.port.in.invoice.CheckInvoiceMentionsCommand;
import fr.agora.application.port.in.invoice.CheckInvoiceMentionsUseCase;
import fr.agora.application.port.in.invoice.ComputeInvoiceUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stateless invoice computations. */
@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoice totals exact to the cent, mandatory mentions, Factur-X e-invoices")
public class InvoiceController {

    static final String TEXTBOOK = """
            {"date":"2026-03-15","lines":[{"label":"Chaise","quantity":20,"unitPrice":100.00,"vatRate":20}],
             "reductions":[{"type":"REMISE","rate":10},{"type":"REMISE","rate":5}],"cashDiscountRate":2,"shipping":50,
             "deposit":500,"vatRounding":"PER_RATE","kind":"INVOICE"}""";
    static final String MIXED = """
            {"date":"2026-03-15","lines":[{"label":"Chaise","quantity":3,"unitPrice":100.00,"vatRate":20},
             {"label":"Livre","quantity":4,"unitPrice":25.00,"vatRate":5.5}],"shipping":20,
             "accessories":[{"kind":"PACKAGING","amount":8.00},{"kind":"INSURANCE","amount":4.00}]}""";
    static final String EXEMPT = """
            {"date":"2026-03-15","lines":[{"label":"Machine","quantity":1,"unitPrice":1000.00,"vatRate":0,
             "exemption":"INTRA_EU_DELIVERY"},{"label":"Pièces","quantity":2,"unitPrice":50.00,"vatRate":0,
             "exemption":"INTRA_EU_DELIVERY"}],"shipping":30,"customerVatNumber":"DE123456789"}""";
    static final String ON_RECEIPTS = """
            {"date":"2026-03-15","lines":[{"label":"Conseil","quantity":5,"unitPrice":200.00,"vatRate":20,
             "nature":"SERVICES"}],"deposit":360,"vatOnReceipts":true}""";

    private final ComputeInvoiceUseCase compute;
    private final CheckInvoiceMentionsUseCase mentions;
    private final InvoiceRestMapper mapper;

    public InvoiceController(ComputeInvoiceUseCase compute, CheckInvoiceMentionsUseCase mentions, InvoiceRestMapper mapper) {
        this.compute = compute;
        this.mentions = mentions;
        this.mapper = mapper;
    }

    @PostMapping("/compute")
    @Operation(operationId = "computeInvoice", summary = "Compute an invoice or a credit note",
            description = "Gross = Σ quantity × unit price; commercial reductions in cascade in the order given; escompte on "
                    + "the net commercial; frais de port and other accessory charges split pro rata of each rate's HT (CGI art. "
                    + "267 I-2°); TVA per rate (PER_RATE, default) or per line (PER_LINE), HALF_UP at the cent; a 0 % line "
                    + "carries its exemption and the answer lists the mentions it requires; TTC; amount due after the "
                    + "acompte, whose TVA already collected is deducted in the balance entry after the acompte invoice's "
                    + "entry; 44574 for TVA due on receipts. An invoice without lines, an acompte above the total or a "
                    + "customer VAT number missing or malformed where an exemption needs it gives issuable=false.")
    @ApiResponse(responseCode = "200", description = "The computed invoice")
    @ApiResponse(responseCode = "400", description = "Invalid input (too many decimals, negative quantity, unknown rate, "
            + "missing field); the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public InvoiceComputeResponse compute(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = {
                @ExampleObject(name = "textbook", summary = "Cascade, escompte, port, acompte", value = TEXTBOOK),
                @ExampleObject(name = "mixedRatesWithAccessories", summary = "Port and packaging split over 20 % and 5.5 %",
                        value = MIXED),
                @ExampleObject(name = "exportAndIntraEu", summary = "0 % lines with their exemption, customer VAT number",
                        value = EXEMPT),
                @ExampleObject(name = "servicesOnReceipts", summary = "TVA due on payment: 44574", value = ON_RECEIPTS)}))
            @Valid @RequestBody InvoiceComputeRequest request) {
        return mapper.toResponse(compute.compute(mapper.toCommand(request)));
    }

    @PostMapping("/check-mentions")
    @Operation(operationId = "checkInvoiceMentions", summary = "Check an invoice's mandatory mentions",
            description = "Lists what is missing or wrong: numbering, dates, parties, SIREN (Luhn), TVA numbers (FR key), "
                    + "payment terms, late-payment penalties, the 40 € recovery indemnity, the e-invoicing mentions; with "
                    + "the fine risked (15 € per mention, capped at 25 % of the invoice).")
    @ApiResponse(responseCode = "200", description = "The check")
    @ApiResponse(responseCode = "400", description = "Malformed input",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public InvoiceMentionsResponse checkMentions(@Valid @RequestBody InvoiceMentionsRequest request) {
        return mapper.toResponse(mentions.check(new CheckInvoiceMentionsCommand(mapper.toHeader(request))));
    }
}
