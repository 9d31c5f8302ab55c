package fr.agora.adapter.in.rest.receivables;

import fr.agora.adapter.in.rest.receivables.ReceivablesDtos.ReceivablesAgeingRequest;
import fr.agora.adapter.in.rest.receivables.ReceivablesDtos.ReceivablesAgeingResponse;
import fr.agora.application.port.in.receivables.AgeReceivablesUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Receivables")
public class ReceivablesController {

    /** One invoice 92 days late across two half-years, at the legal default rate. */
    static final String REQUEST_EXAMPLE = """
            {"date":"2025-08-31","items":[
             {"id":"FA1","customer":"DUPONT","dueDate":"2025-05-31","amount":10000.00}],
             "policy":{"firstReminderDays":1,"secondReminderDays":15,"formalNoticeDays":30,"litigationDays":60}}""";

    static final String RESPONSE_EXAMPLE = """
            {"date":"2025-08-31",
             "totals":{"NOT_DUE":0.00,"DAYS_1_30":0.00,"DAYS_31_60":0.00,"DAYS_61_90":0.00,"OVER_90":10000.00},
             "total":10000.00,
             "items":[{"id":"FA1","customer":"DUPONT","daysOverdue":92,"bucket":"OVER_90","amount":10000.00,
               "penalties":314.47,"indemnity":40.00,"penaltyPeriods":[
                {"from":"2025-06-01","to":"2025-06-30","days":30,"ratePercent":13.15},
                {"from":"2025-07-01","to":"2025-08-31","days":62,"ratePercent":12.15}]}],
             "customers":[{"customer":"DUPONT",
               "totals":{"NOT_DUE":0.00,"DAYS_1_30":0.00,"DAYS_31_60":0.00,"DAYS_61_90":0.00,"OVER_90":10000.00},
               "total":10000.00,"maxDaysOverdue":92,"stage":"CONTENTIEUX","penalties":314.47,"indemnities":40.00,
               "letter":{"stage":"CONTENTIEUX","customer":"DUPONT","date":"2025-08-31","invoiceIds":["FA1"],
                "principal":10000.00,"penalties":314.47,"indemnities":40.00,"amountClaimed":10354.47,
                "mentions":["Pénalités de retard au taux de la BCE majoré de 10 points, exigibles sans rappel le jour \
            suivant l'échéance (C. com. art. L441-10 II)","Indemnité forfaitaire pour frais de recouvrement de 40 € par \
            facture (C. com. art. L441-10 II, D441-5)","Créance certaine, liquide et exigible : requête en injonction \
            de payer (C. proc. civ. art. 1405)"]}}],
             "warnings":[]}""";

    private final AgeReceivablesUseCase useCase;
    private final ReceivablesRestMapper mapper;

    public ReceivablesController(AgeReceivablesUseCase useCase, ReceivablesRestMapper mapper) {
        this.useCase = useCase;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/receivables/ageing")
    @Operation(operationId = "ageReceivables", summary = "Balance âgée, late-payment penalties and reminder letters",
            description = "Buckets: NOT_DUE, DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90 (days past due at `date`). "
                    + "Penalties per overdue invoice at the contractual rate or the ECB rate of each half-year + 10 "
                    + "points, and the 40 € recovery indemnity (Code de commerce L441-10 II, D441-5). Stage per "
                    + "customer from its oldest overdue item under the policy (defaults 1/15/30/60 days), with the "
                    + "data of its letter.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json",
                    examples = @ExampleObject(name = "legal-rate-over-two-half-years", value = REQUEST_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Ageing report", content = @Content(
            mediaType = "application/json",
            examples = @ExampleObject(name = "legal-rate-over-two-half-years", value = RESPONSE_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid input; `field` names the item",
            content = @Content(mediaType = "application/problem+json"))
    public ReceivablesAgeingResponse age(@Valid @RequestBody ReceivablesAgeingRequest r) {
        return mapper.toResponse(useCase.age(mapper.toCommand(r)));
    }
}
