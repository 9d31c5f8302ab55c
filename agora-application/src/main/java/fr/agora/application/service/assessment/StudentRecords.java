package fr.agora.application.service.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.school.TutorView;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.CoverageRecord;
import fr.agora.domain.assessment.Observation;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.Student;
import java.util.List;

/**
 * What the reads of one student's assessment start from (aggregated state, coverage, grid, exam readiness): the
 * student if the caller may see them, the caller's {@link TutorView} of them, their cohort and its référentiel
 * framework, their effective evaluations as that view lets them through (a tutor's periods only, teacher-only comments
 * removed), the school's scale versions and the aggregation policy (the override, else the school's).
 */
public record StudentRecords(Student student, TutorView view, Cohort cohort, CompetencyFramework framework, List<Evaluation> effective,
                             ScaleHistory scales, AggregationPolicy policy) {

    /** The read ports those use cases need, and nothing else. */
    public record Ports(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts,
                        LoadFrameworkPort frameworks, LoadEvaluationsPort evaluations, LoadScalePort scales,
                        LoadEstablishmentPort establishments) {

        public StudentRecords read(Caller caller, String studentId, AggregationPolicy policyOverride) {
            SchoolLookups.VisibleStudent visible = SchoolLookups.studentInView(students, placements, caller, studentId);
            Student s = visible.student();
            Cohort cohort = SchoolLookups.cohort(cohorts, caller, s.cohortId());
            return new StudentRecords(s, visible.view(), cohort, AssessmentLookups.framework(frameworks, cohort),
                    AssessmentLookups.effectiveEvaluations(evaluations, caller, s, visible.view()), AssessmentLookups.scales(scales, caller),
                    AssessmentLookups.policy(establishments, caller, policyOverride));
        }

        /**
         * The same reads for coverage, whose records carry no evaluator, comment, evidence link or validator: the
         * adapter can then answer from an index alone (V15) instead of one table page per record.
         */
        public ForCoverage readForCoverage(Caller caller, String studentId, AggregationPolicy policyOverride) {
            SchoolLookups.VisibleStudent visible = SchoolLookups.studentInView(students, placements, caller, studentId);
            Student s = visible.student();
            Cohort cohort = SchoolLookups.cohort(cohorts, caller, s.cohortId());
            // a tutor's periods only, as TutorView.evaluations does (a correction keeps its record's period); coverage
            // records carry no comment to remove
            List<CoverageRecord> records = visible.view().inVisiblePeriods(evaluations.loadCoverageRecordsOfStudent(caller.uai(), s.id()),
                    CoverageRecord::period);
            return new ForCoverage(s, visible.view(), cohort, AssessmentLookups.framework(frameworks, cohort), Observation.effective(records),
                    AssessmentLookups.scales(scales, caller), AssessmentLookups.policy(establishments, caller, policyOverride));
        }
    }

    /** What one student's coverage starts from: as {@link StudentRecords}, with the effective records of coverage. */
    public record ForCoverage(Student student, TutorView view, Cohort cohort, CompetencyFramework framework, List<CoverageRecord> effective,
                              ScaleHistory scales, AggregationPolicy policy) {
    }

    /** The effective evaluations of one competency. */
    public List<Evaluation> of(String competencyCode) {
        return effective.stream().filter(e -> e.competencyCode().equals(competencyCode)).toList();
    }
}
