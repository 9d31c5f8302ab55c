package fr.agora.domain.assessment;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every version of one school's scale, 1 … n, the last being current. Append-only. */
public record ScaleHistory(List<EvaluationScale> versions) {

    /**
     * The rule of a school's scale versions: each new version is the one after the last stored (1 after none), so the
     * history has no gap and a concurrent revision of the same version is refused.
     */
    public static boolean follows(int lastVersion, EvaluationScale next) {
        return next.version() == lastVersion + 1;
    }

    public ScaleHistory {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) throw new InvalidInputException("scale", "a scale history has at least one version");
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).version() != i + 1 || !versions.get(i).id().equals(versions.get(0).id())) {
                throw new InvalidInputException("scale.version", "scale versions must be 1 … n of the same scale");
            }
        }
    }

    public static ScaleHistory of(EvaluationScale first) {
        return new ScaleHistory(List.of(first));
    }

    public EvaluationScale current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<EvaluationScale> version(int v) {
        return v >= 1 && v <= versions.size() ? Optional.of(versions.get(v - 1)) : Optional.empty();
    }

    /** Appends a revision of the current version (version + 1). */
    public ScaleHistory revise(List<ScaleLevel> levels, BigDecimal threshold) {
        List<EvaluationScale> next = new ArrayList<>(versions);
        next.add(current().revise(levels, threshold));
        return new ScaleHistory(next);
    }

    /** The level an observation was made with, read in the version it names. */
    public ScaleLevel levelOf(Observation e) {
        int v = e.scaleVersion();
        if (v < 1 || v > versions.size()) {
            throw new InvalidInputException("scaleVersion", "scale version " + v + " does not exist");
        }
        EvaluationScale s = versions.get(v - 1);
        for (ScaleLevel l : s.levels()) {
            if (l.code().equals(e.levelCode())) return l;
        }
        return s.requireLevel("level", e.levelCode());
    }
}
