package fr.agora.application.port.in.provision;

import fr.agora.domain.provision.DoubtfulReceivables;

/** Dépréciation of doubtful receivables on the HT amount, with the 416, 6817 / 491 and 491 / 7817 entries. */
public interface ComputeDoubtfulReceivablesProvisionUseCase {
    DoubtfulReceivables.Result compute(ComputeDoubtfulReceivablesProvisionCommand command);
}
