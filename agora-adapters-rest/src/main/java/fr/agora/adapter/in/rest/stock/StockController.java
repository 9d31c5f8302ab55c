package fr.agora.adapter.in.rest.stock;

import fr.agora.adapter.in.rest.stock.StockDtos.PurchaseCostRequest;
import fr.agora.adapter.in.rest.stock.StockDtos.PurchaseCostResponse;
import fr.agora.adapter.in.rest.stock.StockDtos.ReplenishmentRequest;
import fr.agora.adapter.in.rest.stock.StockDtos.ReplenishmentResponse;
import fr.agora.adapter.in.rest.stock.StockDtos.StockLedgerRequest;
import fr.agora.adapter.in.rest.stock.StockDtos.StockLedgerResponse;
import fr.agora.adapter.in.rest.stock.StockDtos.StockRotationRequest;
import fr.agora.adapter.in.rest.stock.StockDtos.StockRotationResponse;
import fr.agora.application.port.in.stock.ComputePurchaseCostCommand;
import fr.agora.application.port.in.stock.ComputePurchaseCostUseCase;
import fr.agora.application.port.in.stock.ComputeStockLedgerCommand;
import fr.agora.application.port.in.stock.ComputeStockLedgerUseCase;
import fr.agora.application.port.in.stock.ComputeStockRotationCommand;
import fr.agora.application.port.in.stock.ComputeStockRotationUseCase;
import fr.agora.application.port.in.stock.PlanReplenishmentCommand;
import fr.agora.application.port.in.stock.PlanReplenishmentUseCase;
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

/** Fiche de stock, purchase cost, replenishment and rotation: stateless computations (docs/finance.md §1–2). */
@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock", description = "Fiche de stock (CMUP, FIFO), coût d'achat, réapprovisionnement, rotation")
public class StockController {

    private final ComputeStockLedgerUseCase ledger;
    private final PlanReplenishmentUseCase replenishment;
    private final ComputeStockRotationUseCase rotation;
    private final ComputePurchaseCostUseCase purchaseCost;
    private final StockRestMapper mapper;

    public StockController(ComputeStockLedgerUseCase ledger, PlanReplenishmentUseCase replenishment,
            ComputeStockRotationUseCase rotation, ComputePurchaseCostUseCase purchaseCost, StockRestMapper mapper) {
        this.ledger = ledger;
        this.replenishment = replenishment;
        this.rotation = rotation;
        this.purchaseCost = purchaseCost;
        this.mapper = mapper;
    }

    @PostMapping("/ledger")
    @Operation(operationId = "computeStockLedger", summary = "Compute a fiche de stock",
            description = "Valuation by CMUP after each receipt, CMUP of the period or FIFO (one row per lot consumed). "
                    + "Amounts half up at the cent; the carried value is Σ receipts − Σ exits at every row; the CMUP "
                    + "shown is rounded to the cent for display (rounding CARRIED_VALUE, default) or used rounded as "
                    + "textbooks do (TEXTBOOK_CMUP). An exit beyond the stock is refused (422) unless "
                    + "allowNegativeStock (CMUP_PER_RECEIPT only, Tryton's behaviour).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Bêta d'Oujda, CMUP after each receipt", value = StockDtos.LEDGER_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Rows, totals and closing stock")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field (e.g. movements[2].quantity)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "An exit exceeds the stock (insufficient-stock, field movements[i].quantity)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public StockLedgerResponse computeStockLedger(@Valid @RequestBody StockLedgerRequest r) {
        return mapper.toResponse(ledger.compute(new ComputeStockLedgerCommand(mapper.toDomain(r))));
    }

    @PostMapping("/replenishment")
    @Operation(operationId = "planReplenishment", summary = "Reorder point, whether to order, Wilson quantity",
            description = "Reorder point = dailyConsumption × leadTimeDays + safetyStock; order when currentStock + "
                    + "onOrder − reserved ≤ reorder point; Q* = √(2 D Cl ÷ (Cu × t)) when annualDemand, orderCost, "
                    + "holdingCostRate (per cent) and unitCost are all given.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "20 a day, 10 days, safety 100", value = StockDtos.REPLENISHMENT_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Reorder point, decision, economic order quantity")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ReplenishmentResponse planReplenishment(@Valid @RequestBody ReplenishmentRequest r) {
        return mapper.toResponse(replenishment.plan(new PlanReplenishmentCommand(mapper.toDomain(r))));
    }

    @PostMapping("/rotation")
    @Operation(operationId = "computeStockRotation", summary = "Stock rotation",
            description = "Average stock = (opening + closing) ÷ 2; turnover = cost of goods sold ÷ average stock; "
                    + "days = periodDays (360) ÷ turnover.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "12 turns, 30 days", value = StockDtos.ROTATION_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Average stock, turnover, days")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public StockRotationResponse computeStockRotation(@Valid @RequestBody StockRotationRequest r) {
        return mapper.toResponse(rotation.compute(new ComputeStockRotationCommand(mapper.toDomain(r))));
    }

    @PostMapping("/purchase-cost")
    @Operation(operationId = "computePurchaseCost", summary = "Coût d'achat of a receipt",
            description = "Gross amount − reductions in cascade (each half up at the cent) + transport and other "
                    + "incidental costs; unit cost at 4 decimals, ready for the fiche de stock.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "100 × 12.50, −10 %, −5 %, port 31.25", value = StockDtos.PURCHASE_COST_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Net purchase price, purchase cost, unit cost")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public PurchaseCostResponse computePurchaseCost(@Valid @RequestBody PurchaseCostRequest r) {
        return mapper.toResponse(purchaseCost.compute(new ComputePurchaseCostCommand(mapper.toDomain(r))));
    }
}
