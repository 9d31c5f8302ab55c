package fr.agora.domain.assessment;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * One immutable evaluation of a student on a competency (optionally one of its criteria) during a PFMP period.
 * Codes are those of the cohort's référentiel version ({@link EvaluationRules#validate}). {@code supersedes} names
 * the evaluation this one corrects; {@code recordedBy}/{@code recordedAt} record who changed what and when;
 * {@code validatedBy} is set when a teacher validated it (a validation is itself a superseding record).
 */
public record Evaluation(
        EvaluationId id,
        StudentId studentId,
        String competencyCode,
        String criterionId,
        PeriodCode period,
        LocalDate date,
        String levelCode,
        int scaleVersion,
        String evaluatorId,
        EvaluatorRole evaluatorRole,
        Set<String> complexityFactors,
        Set<String> aleas,
        String comment,
        String evidenceLink,
        EvaluationId supersedes,
        String recordedBy,
        Instant recordedAt,
        String validatedBy) implements Observation {

    /** Chronological order used by every recency policy: date, then recording instant, then id ({@link Observation#CHRONOLOGICAL_ORDER}). */
    public static final Comparator<Evaluation> CHRONOLOGICAL = Observation.CHRONOLOGICAL_ORDER::compare;

    public Evaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(studentId, "studentId");
        require("competency", competencyCode);
        Objects.requireNonNull(period, "period");
        if (date == null) throw new InvalidInputException("date", "date is required");
        require("level", levelCode);
        if (scaleVersion < 1) throw new InvalidInputException("scaleVersion", "scaleVersion must be ≥ 1");
        require("evaluatorId", evaluatorId);
        if (evaluatorRole == null) throw new InvalidInputException("evaluatorRole", "evaluatorRole is required");
        complexityFactors = complexityFactors == null ? Set.of() : Set.copyOf(complexityFactors);
        aleas = aleas == null ? Set.of() : Set.copyOf(aleas);
        if (comment != null && comment.length() > 2000) throw new InvalidInputException("comment", "comment is longer than 2000 characters");
        if (evidenceLink != null && !evidenceLink.isBlank()) {
            if (!(evidenceLink.startsWith("https://") || evidenceLink.startsWith("http://")) || evidenceLink.length() > 1000) {
                throw new InvalidInputException("evidenceLink", "evidenceLink must be an http(s) URL of at most 1000 characters");
            }
        } else {
            evidenceLink = null;
        }
        require("recordedBy", recordedBy);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    private static void require(String field, String v) {
        if (v == null || v.isBlank()) throw new InvalidInputException(field, field + " is required");
    }

    /** A correction: same student, competency and criterion; new content; supersedes this one. */
    public Evaluation correctedBy(EvaluationId newId, String levelCode, LocalDate date, String comment, String who, Instant when) {
        return new Evaluation(newId, studentId, competencyCode, criterionId, period, date, levelCode, scaleVersion,
                evaluatorId, evaluatorRole, complexityFactors, aleas, comment, evidenceLink, id, who, when, null);
    }

    /** A teacher's validation: a copy that supersedes this one and records the validator. */
    public Evaluation validatedBy(EvaluationId newId, String teacherId, Instant when) {
        return new Evaluation(newId, studentId, competencyCode, criterionId, period, date, levelCode, scaleVersion,
                evaluatorId, evaluatorRole, complexityFactors, aleas, comment, evidenceLink, id, teacherId, when, teacherId);
    }

    public boolean isValidated() {
        return validatedBy != null;
    }

    /** The same record without its comment: what a reader who may not see that comment gets. */
    public Evaluation withoutComment() {
        return comment == null ? this : new Evaluation(id, studentId, competencyCode, criterionId, period, date, levelCode, scaleVersion,
                evaluatorId, evaluatorRole, complexityFactors, aleas, null, evidenceLink, supersedes, recordedBy, recordedAt, validatedBy);
    }
}
