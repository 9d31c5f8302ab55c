package fr.agora.application.port.in.depreciation;

import fr.agora.domain.depreciation.DepreciationRequest;
import fr.agora.domain.depreciation.DepreciationSchedule;
import fr.agora.domain.shared.InvalidInputException;

/** Input of {@link ComputeDepreciationScheduleUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeDepreciationScheduleCommand(DepreciationRequest request) {
    public ComputeDepreciationScheduleCommand {
        if (request == null) {
            throw new InvalidInputException("request", "is required");
        }
    }
}
