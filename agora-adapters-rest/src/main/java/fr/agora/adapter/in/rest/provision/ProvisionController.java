package fr.agora.adapter.in.rest.provision;

import fr.agora.adapter.in.rest.provision.ProvisionDtos.DoubtfulReceivablesRequest;
import fr.agora.adapter.in.rest.provision.ProvisionDtos.DoubtfulReceivablesResponse;
import fr.agora.adapter.in.rest.provision.ProvisionDtos.StockDepreciationRequest;
import fr.agora.adapter.in.rest.provision.ProvisionDtos.StockDepreciationResponse;
import fr.agora.application.port.in.provision.ComputeDoubtfulReceivablesProvisionCommand;
import fr.agora.application.port.in.provision.ComputeDoubtfulReceivablesProvisionUseCase;
import fr.agora.application.port.in.provision.ComputeStockDepreciationCommand;
import fr.agora.application.port.in.provision.ComputeStockDepreciationUseCase;
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

/** Dépréciations at the inventory: doubtful receivables and stocks (docs/finance.md §5). */
@RestController
@RequestMapping("/api/v1/provisions")
@Tag(name = "Depreciations", description = "Créances douteuses (HT, 416, 6817 / 491, 491 / 7817) and stocks (6817 / 39x)")
public class ProvisionController {

    private final ComputeDoubtfulReceivablesProvisionUseCase doubtful;
    private final ComputeStockDepreciationUseCase stock;
    private final ProvisionRestMapper mapper;

    public ProvisionController(ComputeDoubtfulReceivablesProvisionUseCase doubtful, ComputeStockDepreciationUseCase stock,
            ProvisionRestMapper mapper) {
        this.doubtful = doubtful;
        this.stock = stock;
        this.mapper = mapper;
    }

    @PostMapping("/doubtful-receivables")
    @Operation(operationId = "computeDoubtfulReceivablesProvision", summary = "Dépréciation des créances douteuses",
            description = "On the HT amount (TTC ÷ (1 + rate), half up) × the loss rate; the first year the receivable "
                    + "is reclassified 416 / 411 (TTC); the change from previousProvision is a dotation 6817 / 491 or "
                    + "a reprise 491 / 7817.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Adjustment the next year", value = ProvisionDtos.DOUBTFUL_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The table and its entry")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public DoubtfulReceivablesResponse computeDoubtfulReceivablesProvision(@Valid @RequestBody DoubtfulReceivablesRequest r) {
        return mapper.toResponse(doubtful.compute(new ComputeDoubtfulReceivablesProvisionCommand(
                mapper.receivables(r.receivables()))));
    }

    @PostMapping("/stock-depreciation")
    @Operation(operationId = "computeStockDepreciation", summary = "Dépréciation des stocks",
            description = "Dépréciation = gross value − current value when positive; the change from "
                    + "previousDepreciation is a dotation 6817 / 39x or a reprise 39x / 7817 (31 → 391, 37 → 397).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Marchandises worth 8 500 for 10 000", value = ProvisionDtos.STOCK_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The table and its entry")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public StockDepreciationResponse computeStockDepreciation(@Valid @RequestBody StockDepreciationRequest r) {
        return mapper.toResponse(stock.compute(new ComputeStockDepreciationCommand(mapper.items(r.items()))));
    }
}
