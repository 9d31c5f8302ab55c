package fr.agora.domain.assessment;

import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The append-only history of one student's evaluations. Nothing is ever removed: a correction is a new evaluation
 * that {@code supersedes} an earlier one, and {@link #effective()} returns those not superseded.
 * A record may be superseded once only (a second correction must supersede the first correction), which keeps the
 * history a set of chains.
 */
public final class EvaluationHistory {

    /** Raised when an evaluation supersedes one that is already superseded: a concurrent correction. */
    public static final class AlreadySupersededException extends DomainException {
        public AlreadySupersededException(EvaluationId id) {
            super(Kind.CONFLICT, "evaluation-already-superseded", "supersedes",
                    "evaluation " + id + " has already been superseded", Map.of("id", id.value()));
        }
    }

    /** Recording order: instant, then id. */
    private static final Comparator<Evaluation> BY_RECORDING = (a, b) -> {
        int c = a.recordedAt().compareTo(b.recordedAt());
        return c != 0 ? c : a.id().value().compareTo(b.id().value());
    };

    private final StudentId studentId;
    private final List<Evaluation> all = new ArrayList<>();
    private final Map<EvaluationId, Evaluation> byId = new HashMap<>();
    private final Set<EvaluationId> superseded = new HashSet<>();

    public EvaluationHistory(StudentId studentId) {
        this.studentId = studentId;
    }

    /**
     * Rebuilds a history from stored records given in any order: by recording instant, and a correction always
     * after the record it supersedes even when both share an instant.
     */
    public static EvaluationHistory of(StudentId studentId, List<Evaluation> evaluations) {
        EvaluationHistory h = new EvaluationHistory(studentId);
        List<Evaluation> pending = new ArrayList<>(evaluations);
        pending.sort(BY_RECORDING);
        while (!pending.isEmpty()) {
            List<Evaluation> deferred = new ArrayList<>();
            for (Evaluation e : pending) {
                if (e.supersedes() == null || h.byId.containsKey(e.supersedes())) {
                    h.append(e);
                } else {
                    deferred.add(e);
                }
            }
            if (deferred.size() == pending.size()) {
                h.append(deferred.get(0)); // a dangling supersession: let append report it
            }
            pending = deferred;
        }
        return h;
    }

    public StudentId studentId() {
        return studentId;
    }

    /** Appends; refuses another student's evaluation, a duplicate id, a dangling or already-used supersession. */
    public EvaluationHistory append(Evaluation e) {
        if (!e.studentId().equals(studentId)) throw new InvalidInputException("studentId", "evaluation of another student");
        if (byId.containsKey(e.id())) throw new InvalidInputException("id", "evaluation " + e.id() + " already recorded");
        if (e.supersedes() != null) {
            Evaluation old = byId.get(e.supersedes());
            if (old == null) throw new InvalidInputException("supersedes", "evaluation " + e.supersedes() + " is not in this history");
            if (!old.competencyCode().equals(e.competencyCode())) {
                throw new InvalidInputException("supersedes", "a correction keeps the competency of the evaluation it supersedes");
            }
            if (superseded.contains(old.id())) throw new AlreadySupersededException(old.id());
            superseded.add(old.id());
        }
        all.add(e);
        byId.put(e.id(), e);
        return this;
    }

    /** Every record ever appended, in appending order. */
    public List<Evaluation> all() {
        return List.copyOf(all);
    }

    /** The evaluations in force (not superseded), in chronological order. */
    public List<Evaluation> effective() {
        List<Evaluation> out = new ArrayList<>(all.size());
        for (Evaluation e : all) {
            if (!superseded.contains(e.id())) out.add(e);
        }
        out.sort(Evaluation.CHRONOLOGICAL);
        return Collections.unmodifiableList(out);
    }

    public List<Evaluation> effective(String competencyCode) {
        return effective().stream().filter(e -> e.competencyCode().equals(competencyCode)).toList();
    }

    public boolean isSuperseded(EvaluationId id) {
        return superseded.contains(id);
    }

    public java.util.Optional<Evaluation> find(EvaluationId id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }
}
