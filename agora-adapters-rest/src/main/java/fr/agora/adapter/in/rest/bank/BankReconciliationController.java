package fr.agora.adapter.in.rest.bank;

import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankReconciliationRequest;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.BankReconciliationResponse;
import fr.agora.application.port.in.bank.ReconcileBankUseCase;
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
@Tag(name = "Bank reconciliation")
public class BankReconciliationController {

    /** A transposed cheque (booked 145, debited 154) and a supplier cheque beside an URSSAF direct debit. */
    static final String REQUEST_EXAMPLE = """
            {"date":"2026-03-31","bookBalance":4605.00,"bankBalance":4596.00,
             "bookEntries":[
              {"id":"B1","date":"2026-03-10","label":"Chèque 145 fournisseur","reference":"CHQ145","amount":-145.00,
               "counterpartAccount":"401"},
              {"id":"B2","date":"2026-03-10","label":"Chèque fournisseur Durand","amount":-250.00,
               "counterpartAccount":"401"}],
             "statementLines":[
              {"id":"S1","date":"2026-03-12","label":"CHEQUE CHQ145","amount":-154.00},
              {"id":"S2","date":"2026-03-12","label":"PRLV URSSAF","amount":-250.00,"counterpartAccount":"431"}],
             "options":{"dateToleranceDays":5}}""";

    static final String RESPONSE_EXAMPLE = """
            {"matches":[{"bookEntryIds":["B1"],"statementLineIds":["S1"],"rule":"REFERENCE_WITH_CORRECTION",
              "correction":-9.00,"explanation":"Transposition: the bank's amount differs from the book's by -9.00 \
            (a multiple of 9); corrected by an adjusting entry"}],
             "nearMisses":[],
             "suggestions":[{"bookEntryId":"B2","statementLineId":"S2","rule":"AMOUNT_DATE",
              "reason":"COUNTERPART_ACCOUNTS_DIFFER","bookValue":"401","statementValue":"431"}],
             "unmatchedBookEntries":["B2"],"unmatchedStatementLines":["S2"],
             "adjustedBookBalance":4346.00,"adjustedBankBalance":4346.00,"balanced":true,"difference":0.00,
             "adjustingEntries":[
              {"statementLineId":"S2","label":"PRLV URSSAF","suspense":false,"reason":"UNRECORDED_STATEMENT_LINE",
               "lines":[{"account":"431","debit":250.00},{"account":"512","credit":250.00}]},
              {"statementLineId":"S1","bookEntryId":"B1","label":"Correction CHQ145: booked -145.00, bank -154.00",
               "suspense":false,"reason":"AMOUNT_ERROR_CORRECTION",
               "lines":[{"account":"401","debit":9.00},{"account":"512","credit":9.00}]}]}""";

    private final ReconcileBankUseCase useCase;

    public BankReconciliationController(ReconcileBankUseCase useCase) {
        this.useCase = useCase;
    }

    @PostMapping("/api/v1/bank-reconciliations")
    @Operation(operationId = "reconcileBank", summary = "Rapprochement bancaire",
            description = "Ticks statement lines against the 512 book entries (reference, amount + date within "
                    + "tolerance, many-to-one, then near misses: a transposition such as 145 booked / 154 debited is "
                    + "matched with a correcting entry), never matches across contradicting counterpart accounts or "
                    + "references (those pairs come back as suggestions), and computes the état de rapprochement and "
                    + "the adjusting entries.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json",
                    examples = @ExampleObject(name = "transposition-and-counterparty", value = REQUEST_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "État de rapprochement", content = @Content(
            mediaType = "application/json",
            examples = @ExampleObject(name = "transposition-and-counterparty", value = RESPONSE_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid input (duplicate id, date out of range …); `field` names the item",
            content = @Content(mediaType = "application/problem+json"))
    public BankReconciliationResponse reconcile(@Valid @RequestBody BankReconciliationRequest request) {
        return BankReconciliationMapper.toResponse(useCase.reconcile(BankReconciliationMapper.toCommand(request)));
    }
}
