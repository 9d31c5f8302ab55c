package fr.agora.domain.assessment;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the aggregation, the coverage and the grid read of an evaluation: who, which competency (and criterion,
 * complexity factors, aléas), when, at which level of which scale version, and which record it supersedes. Implemented
 * by the full {@link Evaluation} and by the slimmer {@link CoverageRecord} that the cohort reads load, so that no read
 * has to fill an {@code Evaluation} with {@code null}s.
 */
public interface Observation {

    /** Chronological order used by every recency policy: date, then recording instant, then id. */
    Comparator<Observation> CHRONOLOGICAL_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        if (c != 0) return c;
        c = a.recordedAt().compareTo(b.recordedAt());
        return c != 0 ? c : a.id().value().compareTo(b.id().value());
    };

    EvaluationId id();

    StudentId studentId();

    String competencyCode();

    String criterionId();

    PeriodCode period();

    LocalDate date();

    String levelCode();

    int scaleVersion();

    Set<String> complexityFactors();

    Set<String> aleas();

    EvaluationId supersedes();

    Instant recordedAt();

    /**
     * The observations in force — those no other one supersedes — in chronological order. The stored histories were
     * checked on append ({@link EvaluationHistory}), so a read only has to drop the superseded records.
     */
    static <T extends Observation> List<T> effective(List<T> records) {
        Set<EvaluationId> superseded = new HashSet<>();
        for (T r : records) if (r.supersedes() != null) superseded.add(r.supersedes());
        List<T> out = new ArrayList<>(records.size());
        for (T r : records) if (!superseded.contains(r.id())) out.add(r);
        out.sort(CHRONOLOGICAL_ORDER);
        return out;
    }
}
