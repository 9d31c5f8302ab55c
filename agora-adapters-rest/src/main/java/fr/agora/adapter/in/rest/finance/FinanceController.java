package fr.agora.adapter.in.rest.finance;

import fr.agora.adapter.in.rest.finance.FinanceDtos.FinancialRatiosRequest;
import fr.agora.adapter.in.rest.finance.FinanceDtos.FinancialRatiosResponse;
import fr.agora.adapter.in.rest.finance.FinanceDtos.FunctionalBalanceSheetRequest;
import fr.agora.adapter.in.rest.finance.FinanceDtos.FunctionalBalanceSheetResponse;
import fr.agora.adapter.in.rest.finance.FinanceDtos.SigRequest;
import fr.agora.adapter.in.rest.finance.FinanceDtos.SigResponse;
import fr.agora.application.port.in.finance.ComputeFinancialRatiosCommand;
import fr.agora.application.port.in.finance.ComputeFinancialRatiosUseCase;
import fr.agora.application.port.in.finance.ComputeFunctionalBalanceSheetCommand;
import fr.agora.application.port.in.finance.ComputeFunctionalBalanceSheetUseCase;
import fr.agora.application.port.in.finance.ComputeIntermediateBalancesCommand;
import fr.agora.application.port.in.finance.ComputeIntermediateBalancesUseCase;
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

/** Financial analysis: bilan fonctionnel, SIG, ratios (docs/finance.md §6). */
@RestController
@RequestMapping("/api/v1/finance")
@Tag(name = "Finance", description = "Bilan fonctionnel, soldes intermédiaires de gestion, ratios")
public class FinanceController {

    private final ComputeFunctionalBalanceSheetUseCase balanceSheet;
    private final ComputeIntermediateBalancesUseCase sig;
    private final ComputeFinancialRatiosUseCase ratios;
    private final FinanceRestMapper mapper;

    public FinanceController(ComputeFunctionalBalanceSheetUseCase balanceSheet, ComputeIntermediateBalancesUseCase sig,
            ComputeFinancialRatiosUseCase ratios, FinanceRestMapper mapper) {
        this.balanceSheet = balanceSheet;
        this.sig = sig;
        this.ratios = ratios;
        this.mapper = mapper;
    }

    @PostMapping("/functional-balance-sheet")
    @Operation(operationId = "computeFunctionalBalanceSheet", summary = "Bilan fonctionnel: FRNG, BFR, trésorerie nette",
            description = "Ressources stables = equity + depreciationAndProvisions + financialDebts; FRNG = ressources "
                    + "stables − grossFixedAssets; BFRE = inventories + tradeReceivables + otherOperatingReceivables − "
                    + "tradePayables − taxAndSocialPayables; BFRHE = nonOperatingReceivables − nonOperatingPayables; "
                    + "TN = cash − bankOverdrafts. FRNG − BFR = TN is checked: an unbalanced sheet is a 422.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "FRNG 40 000, BFR 28 000, TN 12 000", value = FinanceDtos.BALANCE_SHEET_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The functional aggregates")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Total emplois ≠ total ressources (unbalanced-balance-sheet, with both totals)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public FunctionalBalanceSheetResponse computeFunctionalBalanceSheet(@Valid @RequestBody FunctionalBalanceSheetRequest r) {
        return mapper.toResponse(balanceSheet.compute(new ComputeFunctionalBalanceSheetCommand(mapper.toDomain(r))));
    }

    @PostMapping("/sig")
    @Operation(operationId = "computeIntermediateBalances", summary = "Soldes intermédiaires de gestion",
            description = "Marge commerciale, production, valeur ajoutée, EBE, résultat d'exploitation, RCAI, résultat "
                    + "exceptionnel, résultat de l'exercice (= total produits − total charges). Inventory changes are "
                    + "603 balances (opening − closing). Absent items count as 0.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Net result 45 000", value = FinanceDtos.SIG_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The SIG cascade")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public SigResponse computeIntermediateBalances(@Valid @RequestBody SigRequest r) {
        return mapper.toResponse(sig.compute(new ComputeIntermediateBalancesCommand(mapper.toDomain(r))));
    }

    @PostMapping("/ratios")
    @Operation(operationId = "computeFinancialRatios", summary = "Liquidity, solvency, profitability, payment days",
            description = "Ratios half up at 2 decimals, profitability in per cent, days whole (360-day year by "
                    + "default); a ratio whose denominator is 0 is absent.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Liquidity 2, 36 customer days", value = FinanceDtos.RATIOS_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The ratios")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public FinancialRatiosResponse computeFinancialRatios(@Valid @RequestBody FinancialRatiosRequest r) {
        return mapper.toResponse(ratios.compute(new ComputeFinancialRatiosCommand(mapper.toDomain(r))));
    }
}
