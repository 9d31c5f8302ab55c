package fr.agora.application.port.in.provision;

import fr.agora.domain.provision.DoubtfulReceivables;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;

/** Input of {@link ComputeDoubtfulReceivablesProvisionUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeDoubtfulReceivablesProvisionCommand(List<DoubtfulReceivables.Receivable> receivables) {
    public ComputeDoubtfulReceivablesProvisionCommand {
        if (receivables == null) {
            throw new InvalidInputException("receivables", "is required");
        }
        receivables = receivables == null ? null : List.copyOf(receivables);
    }
}
