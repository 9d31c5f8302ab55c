package fr.agora.application.service.evaluation;

import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.in.evaluation.ConfigureScaleUseCase;
import fr.agora.application.port.out.evaluation.LoadScalePort;
import fr.agora.application.port.out.evaluation.SaveScalePort;
import fr.agora.application.port.out.evaluation.TransactionPort;
import fr.agora.domain.evaluation.EvaluationConflictException;
import fr.agora.domain.evaluation.EvaluationScale;
import fr.agora.domain.evaluation.ScaleHistory;
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
        SchoolContext.requireRole(caller, Caller.Role.SCHOOL_ADMIN);
        return tx.inTransaction(() -> {
            Optional<ScaleHistory> stored = load.loadScales(caller.uai());
            ScaleHistory h = stored.orElseGet(() -> ScaleHistory.of(SchoolContext.defaultScale(caller)));
            if (h.current().version() != c.expectedVersion()) {
                throw new EvaluationConflictException("stale-scale-version", "expectedVersion", "the scale is at version "
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
        return load.loadScales(caller.uai()).map(ScaleHistory::current).orElseGet(() -> SchoolContext.defaultScale(caller));
    }
}
