package fr.agora.application.port.in.tva;

import fr.agora.domain.tva.Franchise;

/** Franchise en base status for a turnover history, with the dated thresholds and their source. */
public interface AssessFranchiseUseCase {

    Franchise.Assessment assess(AssessFranchiseCommand command);
}
