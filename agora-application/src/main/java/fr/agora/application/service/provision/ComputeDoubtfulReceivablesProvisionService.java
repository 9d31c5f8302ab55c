package fr.agora.application.service.provision;

import fr.agora.application.port.in.provision.ComputeDoubtfulReceivablesProvisionCommand;
import fr.agora.application.port.in.provision.ComputeDoubtfulReceivablesProvisionUseCase;
import fr.agora.domain.provision.DoubtfulReceivables;

/** Dépréciation of doubtful receivables on the HT amount, with the 416, 6817 / 491 and 491 / 7817 entries. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeDoubtfulReceivablesProvisionService implements ComputeDoubtfulReceivablesProvisionUseCase {

    @Override
    public DoubtfulReceivables.Result compute(ComputeDoubtfulReceivablesProvisionCommand command) {
        return DoubtfulReceivables.compute(command.receivables());
    }
}
