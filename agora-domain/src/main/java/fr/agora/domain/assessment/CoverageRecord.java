package fr.agora.domain.assessment;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The read model of the cohort coverage: an evaluation as coverage reads it — no evaluator, comment, evidence link
 * or validator, which coverage never shows — so a cohort's records are loaded without them and without pretending to
 * be whole {@link Evaluation}s.
 */
public record CoverageRecord(EvaluationId id, StudentId studentId, String competencyCode, String criterionId, PeriodCode period,
                             LocalDate date, String levelCode, int scaleVersion, Set<String> complexityFactors, Set<String> aleas,
                             EvaluationId supersedes, Instant recordedAt) implements Observation {

    public CoverageRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(competencyCode, "competencyCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(levelCode, "levelCode");
        Objects.requireNonNull(recordedAt, "recordedAt");
        complexityFactors = complexityFactors == null ? Set.of() : Set.copyOf(complexityFactors);
        aleas = aleas == null ? Set.of() : Set.copyOf(aleas);
    }

    /** What coverage reads of a full evaluation. */
    public static CoverageRecord of(Evaluation e) {
        return new CoverageRecord(e.id(), e.studentId(), e.competencyCode(), e.criterionId(), e.period(), e.date(), e.levelCode(),
                e.scaleVersion(), e.complexityFactors(), e.aleas(), e.supersedes(), e.recordedAt());
    }
}
