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
@Tag(name = "Invoices", description = "Invoice totals exact to the cent, mandatory mentions")
public class InvoiceController {

    private final ComputeInvoiceUseCase compute;
    private final CheckInvoiceMentionsUseCase mentions;
    private final InvoiceRestMapper mapper;

    public InvoiceController(ComputeInvoiceUseCase compute, CheckInvoiceMentionsUseCase mentions, InvoiceRestMapper mapper) {
        this.compute = compute;
        this.mentions = mentions;
        this.mapper = mapper;
    }

    @PostMapping("/compute")
    @Operation(summary = "Compute an invoice or a credit note",
            description = "Gross = Σ quantity × unit price; commercial reductions in cascade in the order given; escompte on "
                    + "the net commercial; frais de port at the main operation's rate; TVA per rate (PER_RATE, default) or "
                    + "per line (PER_LINE), HALF_UP at the cent; TTC; amount due after the acompte; the sales-journal entry. "
                    + "An invoice without lines is computed with issuable=false.")
    @ApiResponse(responseCode = "200", description = "The computed invoice")
    @ApiResponse(responseCode = "400", description = "Invalid input (too many decimals, negative quantity, unknown rate, "
            + "missing field); the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public InvoiceComputeResponse compute(@Valid @RequestBody InvoiceComputeRequest request) {
        return mapper.toResponse(compute.compute(mapper.toCommand(request)));
    }

    @PostMapping("/check-mentions")
    @Operation(summary = "Check an invoice's mandatory mentions",
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
