package fr.agora.adapter.in.rest.invoice;

import fr.agora.adapter.in.rest.invoice.FacturXDtos.FacturXReadResponse;
import fr.agora.adapter.in.rest.invoice.FacturXDtos.FacturXRequest;
import fr.agora.application.port.in.invoice.GenerateFacturXUseCase;
import fr.agora.application.port.in.invoice.ReadFacturXCommand;
import fr.agora.application.port.in.invoice.ReadFacturXUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Factur-X e-invoices: issue one from the invoice computation, read one back. */
@RestController
@RequestMapping("/api/v1/invoices/facturx")
@Tag(name = "Invoices", description = "Invoice totals exact to the cent, mandatory mentions, Factur-X e-invoices")
public class FacturXController {

    static final String EXAMPLE = """
            {"number":"F2026-0042","issueDate":"2026-03-15","dueDate":"2026-04-14",
             "seller":{"name":"Papeterie Martin SARL","siren":"732829320","vatNumber":"FR44732829320",
                       "street":"12 rue des Lilas","postcode":"69003","city":"Lyon","countryCode":"FR"},
             "buyer":{"name":"Cabinet Durand","siren":"552100554","vatNumber":"FR40552100554",
                      "street":"3 place Bellecour","postcode":"69002","city":"Lyon","countryCode":"FR"},
             "invoice":{"date":"2026-03-15","lines":[
                 {"label":"Ramettes A4","quantity":20,"unitPrice":4.50,"vatRate":20},
                 {"label":"Manuels","quantity":3,"unitPrice":18.00,"vatRate":5.5}],
               "reductions":[{"type":"REMISE","rate":5}],"cashDiscountRate":2,"shipping":12.00}}""";

    private final GenerateFacturXUseCase generate;
    private final ReadFacturXUseCase read;
    private final FacturXRestMapper mapper;
    private final InvoiceRestMapper invoices;

    public FacturXController(GenerateFacturXUseCase generate, ReadFacturXUseCase read, FacturXRestMapper mapper,
                             InvoiceRestMapper invoices) {
        this.generate = generate;
        this.read = read;
        this.mapper = mapper;
        this.invoices = invoices;
    }

    @PostMapping(produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_XML_VALUE})
    @Operation(operationId = "generateFacturX", summary = "Issue an invoice as Factur-X (PDF/A-3 + CII XML, EN 16931)",
            description = "Computes the invoice exactly as POST /invoices/compute, then writes it with Mustang: the CII XML "
                    + "(profile EN 16931) embedded in a PDF/A-3 rendering of it. `format=xml` answers the CII XML alone. "
                    + "Reductions and escompte become one allowance per rate, port and accessories one charge per rate, so "
                    + "every rate's base and TVA are the computation's to the cent. 422 when the invoice is not issuable or "
                    + "asks for PER_LINE rounding.")
    @ApiResponse(responseCode = "200", description = "The Factur-X PDF (or the XML)",
            content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "application/xml")})
    @ApiResponse(responseCode = "422", description = "Not issuable, or PER_LINE rounding",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<byte[]> generateFacturX(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(name = "twoRates", summary = "20 % and 5.5 %, remise, escompte, port", value = EXAMPLE)))
            @Valid @RequestBody FacturXRequest request,
            @RequestParam(name = "format", defaultValue = "pdf") @Schema(allowableValues = {"pdf", "xml"}) String format) {
        GenerateFacturXUseCase.FacturXDocument doc = generate.generate(mapper.toCommand(request, invoices));
        boolean xml = "xml".equalsIgnoreCase(format);
        String name = request.number().replaceAll("[^A-Za-z0-9._-]", "_") + (xml ? ".xml" : ".pdf");
        return ResponseEntity.ok()
                .contentType(xml ? MediaType.APPLICATION_XML : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(xml ? doc.xml() : doc.pdf());
    }

    @PostMapping(path = "/read", consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_XML_VALUE})
    @Operation(operationId = "readFacturX", summary = "Read a Factur-X PDF (or CII XML) back into the invoice model",
            description = "Parties, lines, allowances and charges per rate, the TVA breakdown and the totals as the document "
                    + "declares them. At most 5 MB; anything else than a Factur-X/CII invoice is 400 (field `file`).")
    @ApiResponse(responseCode = "400", description = "Empty, too large, or not a Factur-X/CII invoice",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public FacturXReadResponse readFacturX(InputStream body) throws IOException {
        return mapper.toResponse(read.read(new ReadFacturXCommand(bounded(body))));
    }

    @PostMapping(path = "/read", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "readFacturXUpload", summary = "Read an uploaded Factur-X PDF (multipart field `file`)")
    public FacturXReadResponse readFacturXUpload(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return mapper.toResponse(read.read(new ReadFacturXCommand(bounded(in))));
        }
    }

    /** Reads at most one byte past the limit, so that an oversized body is refused without being held whole. */
    private static byte[] bounded(InputStream in) throws IOException {
        return in.readNBytes(ReadFacturXCommand.MAX_BYTES + 1);
    }
}
