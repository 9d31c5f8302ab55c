package fr.agora.application.service.assessment;

import fr.agora.application.service.shared.Roles;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.assessment.ConfigureScaleUseCase;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.assessment.SaveScalePort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.ScaleHistory;
import java.util.Map;
import java.util.Optional;

/** Scale revisions: school admin only; a new version each time; a stale {@code expectedVersion} is a 409. */
public final class ConfigureScaleService implements ConfigureScaleUseCase {

    private final LoadScalePort load;
    private final SaveScalePort save;
    private final TransactionPort tx;

    public ConfigureScaleService(LoadScalePort load, SaveScalePort save, TransactionPort tx) {
        this.load = load;
        this.save = save;
        this.tx = tx;
    }

    @Override
    public EvaluationScale reviseScale(Command c) {
        Caller caller = c.caller();
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        return tx.inTransaction(() -> {
            Optional<ScaleHistory> stored = load.loadScales(caller.uai());
            ScaleHistory h = stored.orElseGet(() -> ScaleHistory.of(AssessmentLookups.defaultScale(caller)));
            if (h.current().version() != c.expectedVersion()) {
                throw new ConflictException("stale-scale-version", "expectedVersion", "the scale is at version "
                        + h.current().version() + ", not " + c.expectedVersion(), Map.of("currentVersion", h.current().version()));
            }
            EvaluationScale next = h.current().revise(c.levels(), c.threshold());
            if (stored.isEmpty()) save.appendScaleVersion(caller.uai(), h.current()); // the implicit default becomes explicit v1
            save.appendScaleVersion(caller.uai(), next);
            return next;
        });
    }

    @Override
    public EvaluationScale currentScale(Caller caller) {
        return load.loadScales(caller.uai()).map(ScaleHistory::current).orElseGet(() -> AssessmentLookups.defaultScale(caller));
    }
}
