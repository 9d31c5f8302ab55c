package fr.agora.adapter.in.rest.bank;

import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.ReconciliationRequest;
import fr.agora.adapter.in.rest.bank.BankReconciliationDtos.ReconciliationResponse;
import fr.agora.application.port.in.bank.ReconcileBankUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bank reconciliation")
public class BankReconciliationController {

    private final ReconcileBankUseCase useCase;

    public BankReconciliationController(ReconcileBankUseCase useCase) {
        this.useCase = useCase;
    }

    @PostMapping("/api/v1/bank-reconciliations")
    @Operation(operationId = "reconcileBankStatement", summary = "Rapprochement bancaire",
            description = "Matches statement lines against the 512 book entries (reference, amount + date within "
                    + "tolerance, many-to-one), reports near misses, and computes the état de rapprochement and the "
                    + "adjusting entries for lines only the bank shows.")
    @ApiResponse(responseCode = "200", description = "État de rapprochement")
    @ApiResponse(responseCode = "400", description = "Invalid input (duplicate id, date out of range …); `field` names the item",
            content = @Content(mediaType = "application/problem+json"))
    public ReconciliationResponse reconcile(@Valid @RequestBody ReconciliationRequest request) {
        return BankReconciliationMapper.toResponse(useCase.reconcile(BankReconciliationMapper.toCommand(request)));
    }
}
