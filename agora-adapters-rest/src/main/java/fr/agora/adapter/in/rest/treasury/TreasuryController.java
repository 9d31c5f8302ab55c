package fr.agora.adapter.in.rest.treasury;

import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CafRequest;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CafResponse;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CashBudgetRequest;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CashBudgetResponse;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CashCountRequest;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CashCountResponse;
import fr.agora.application.port.in.treasury.CheckCashCountCommand;
import fr.agora.application.port.in.treasury.CheckCashCountUseCase;
import fr.agora.application.port.in.treasury.ComputeCashBudgetCommand;
import fr.agora.application.port.in.treasury.ComputeCashBudgetUseCase;
import fr.agora.application.port.in.treasury.ComputeSelfFinancingCapacityCommand;
import fr.agora.application.port.in.treasury.ComputeSelfFinancingCapacityUseCase;
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

/** Cash budget, contrôle de caisse and CAF (docs/finance.md §4). */
@RestController
@RequestMapping("/api/v1/treasury")
@Tag(name = "Tresorerie", description = "Budget de trésorerie, contrôle de caisse, capacité d'autofinancement")
public class TreasuryController {

    private final ComputeCashBudgetUseCase budget;
    private final CheckCashCountUseCase cashCount;
    private final ComputeSelfFinancingCapacityUseCase caf;
    private final TreasuryRestMapper mapper;

    public TreasuryController(ComputeCashBudgetUseCase budget, CheckCashCountUseCase cashCount,
            ComputeSelfFinancingCapacityUseCase caf, TreasuryRestMapper mapper) {
        this.budget = budget;
        this.cashCount = cashCount;
        this.caf = caf;
        this.mapper = mapper;
    }

    @PostMapping("/budget")
    @Operation(operationId = "computeCashBudget", summary = "Budget de trésorerie",
            description = "Per month: closing = opening + receipts − payments, carried to the next month; a month "
                    + "closing below zero is flagged (negative, alerts); financingNeed = the deepest negative closing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "February goes negative", value = TreasuryDtos.BUDGET_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The months, alerts and financing need")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public CashBudgetResponse computeCashBudget(@Valid @RequestBody CashBudgetRequest r) {
        return mapper.toResponse(budget.compute(new ComputeCashBudgetCommand(mapper.money(r.openingBalance()),
                mapper.months(r.months()))));
    }

    @PostMapping("/cash-count")
    @Operation(operationId = "checkCashCount", summary = "Contrôle de caisse",
            description = "The count (by euro denomination, or a counted amount) against the brouillard's balance: a "
                    + "shortfall is booked 658 / 53, a surplus 53 / 758.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "1.65 short", value = TreasuryDtos.CASH_COUNT_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Counted amount, difference and entry")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public CashCountResponse checkCashCount(@Valid @RequestBody CashCountRequest r) {
        return mapper.toResponse(cashCount.check(new CheckCashCountCommand(mapper.money(r.bookBalance()),
                mapper.denominations(r.denominations()), mapper.money(r.countedAmount()))));
    }

    @PostMapping("/caf")
    @Operation(operationId = "computeSelfFinancingCapacity", summary = "Capacité d'autofinancement (from the result)",
            description = "CAF = net result + depreciation allowances (681, 686, 687) + book value of assets sold "
                    + "(675) − reversals (78…) − proceeds of assets sold (775) − investment subsidies released (777); "
                    + "autofinancement = CAF − dividends. Absent items count as 0.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "CAF 61 000", value = TreasuryDtos.CAF_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "CAF and autofinancement")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public CafResponse computeSelfFinancingCapacity(@Valid @RequestBody CafRequest r) {
        return mapper.toResponse(caf.compute(new ComputeSelfFinancingCapacityCommand(mapper.toDomain(r))));
    }
}
