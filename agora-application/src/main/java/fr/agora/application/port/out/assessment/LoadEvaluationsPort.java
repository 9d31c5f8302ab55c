package fr.agora.application.port.out.assessment;

import fr.agora.domain.school.CohortId;
import fr.agora.domain.assessment.CoverageRecord;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.util.List;
import java.util.Map;

/** Reads evaluation histories (every record, superseded ones included) within one school. */
public interface LoadEvaluationsPort {
    List<Evaluation> loadEvaluationsOfStudent(Uai uai, StudentId studentId);

    /**
     * One page of a student's history ({@code competency} null ⇒ every competency), in {@link Evaluation#CHRONOLOGICAL}
     * order (date, recording instant, id). A history grows with every evaluation, so an adapter should page in the
     * store; this default pages the whole history in memory.
     */
    default List<Evaluation> listEvaluationsOfStudent(Uai uai, StudentId studentId, String competency, int offset, int limit) {
        return loadEvaluationsOfStudent(uai, studentId).stream()
                .filter(e -> competency == null || e.competencyCode().equals(competency))
                .sorted(Evaluation.CHRONOLOGICAL).skip(offset).limit(limit).toList();
    }

    /** How many records {@link #listEvaluationsOfStudent} pages through. */
    default long countEvaluationsOfStudent(Uai uai, StudentId studentId, String competency) {
        return loadEvaluationsOfStudent(uai, studentId).stream()
                .filter(e -> competency == null || e.competencyCode().equals(competency)).count();
    }

    /** Every student of the cohort, mapped to their records (students without records may be absent). */
    Map<StudentId, List<Evaluation>> loadEvaluationsOfCohort(Uai uai, CohortId cohortId);

    /**
     * The cohort's records as coverage reads them ({@link CoverageRecord}: no evaluator, comment, evidence link or
     * validator), superseded ones included, every student mapped to their records (students without records may be
     * absent). An adapter should read only those columns; this default derives them from the full records.
     */
    default Map<StudentId, List<CoverageRecord>> loadCoverageRecordsOfCohort(Uai uai, CohortId cohortId) {
        Map<StudentId, List<CoverageRecord>> out = new java.util.LinkedHashMap<>();
        loadEvaluationsOfCohort(uai, cohortId).forEach((s, es) -> out.put(s, es.stream().map(CoverageRecord::of).toList()));
        return out;
    }

    /**
     * One student's records as coverage reads them ({@link CoverageRecord}), superseded ones included; empty if the
     * student is not one of the school's. An adapter should read only those columns; this default derives them from the
     * full records.
     */
    default List<CoverageRecord> loadCoverageRecordsOfStudent(Uai uai, StudentId studentId) {
        return loadEvaluationsOfStudent(uai, studentId).stream().map(CoverageRecord::of).toList();
    }
}
