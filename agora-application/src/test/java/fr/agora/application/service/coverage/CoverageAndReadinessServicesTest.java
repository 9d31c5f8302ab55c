package fr.agora.application.service.coverage;

import fr.agora.application.service.support.EvaluationWorld;
import static fr.agora.application.service.support.EvaluationWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.GetAggregatedStateUseCase;
import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.port.in.readiness.GetExamReadinessUseCase;
import fr.agora.application.port.in.coverage.GetStudentCoverageUseCase;
import fr.agora.application.port.in.assessment.Policies;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command;
import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.coverage.CellState;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.readiness.UnitReadiness;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageAndReadinessServicesTest {

    private final EvaluationWorld w = new EvaluationWorld();

    CoverageAndReadinessServicesTest() {
        // Alice: 1.1.1 = 2 (P1), 4 (P2); 2.1.1 = 3 (P2). Bob: 1.1.1 = 1 (P1).
        w.record.record(new Command(ENT_A, "seed", List.of(
                input(ALICE, "1.1.1", "P1", "2025-01-10", "2"),
                input(ALICE, "1.1.1", "P2", "2025-07-10", "4"),
                input(ALICE, "2.1.1", "P2", "2025-07-11", "3"),
                input(BOB, "1.1.1", "P1", "2025-01-10", "1"))));
    }

    @Test
    void the_aggregated_state_uses_the_school_default_or_the_override() {
        // school default of A: geometric, last 5: (33.33·1 + 100·2) / 3 = 77.78
        AggregatedState s = w.aggregatedState.aggregatedState(new GetAggregatedStateUseCase.Query(TEACHER_A, "alice", "1.1.1", null));
        assertThat(s.score()).isEqualByComparingTo("77.78");
        assertThat(s.contributions()).extracting(c -> c.weight().intValue()).containsExactly(1, 2);
        // override: mean = (33.33 + 100) / 2 = 66.665 → 66.67
        AggregatedState mean = w.aggregatedState.aggregatedState(new GetAggregatedStateUseCase.Query(TEACHER_A, "alice", "1.1.1", Policies.parse("mean", null, null)));
        assertThat(mean.score()).isEqualByComparingTo("66.67");
        assertThat(Policies.parse("best-of-k", 2, 3)).isEqualTo(new AggregationPolicy(AggregationPolicy.Kind.BEST_OF_K, 2, 3));
        assertThatThrownBy(() -> Policies.parse("median", null, null)).extracting(e -> ((DomainException) e).field()).isEqualTo("policy");
        assertThatThrownBy(() -> w.aggregatedState.aggregatedState(new GetAggregatedStateUseCase.Query(TEACHER_A, "alice", "8.8.8", null)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("competency");
    }

    @Test
    void student_coverage_is_computed_at_the_current_period() {
        CoverageMatrix m = w.studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(TEACHER_A, "alice", null, null));
        assertThat(m.cell("1.1.1", PeriodCode.P1)).isEqualTo(CellState.EVALUATED);
        assertThat(m.cell("1.1.1", PeriodCode.P2)).isEqualTo(CellState.PROFICIENT);
        assertThat(m.neverEvaluated()).containsExactly("1.1.2", "3.1.1");
        // clock in P3: three periods remain; with threshold 3 both are at risk, with the default 1 none
        assertThat(m.atRisk()).isEmpty();
        assertThat(w.studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(TEACHER_A, "alice", null, 3)).atRisk())
                .containsExactly("1.1.2", "3.1.1");
        // the tutor of Alice sees her; not Bob
        assertThat(w.studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(TUTOR_A, "alice", null, null)).studentId()).isEqualTo(ALICE);
        assertThatThrownBy(() -> w.studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(TUTOR_A, "bob", null, null)))
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
    }

    @Test
    void cohort_coverage_counts_every_student_in_every_cell() {
        CohortCoverage c = w.cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(TEACHER_A, "cohort-a", null, null));
        assertThat(c.students()).isEqualTo(2);
        assertThat(c.cells().get("1.1.1").get(PeriodCode.P1)).isEqualTo(new CohortCoverage.CellCounts(0, 0, 2, 0));
        assertThat(c.cells().get("1.1.1").get(PeriodCode.P2)).isEqualTo(new CohortCoverage.CellCounts(1, 0, 0, 1));
        assertThat(c.atRisk()).isEmpty();
        CohortCoverage risky = w.cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(TEACHER_A, "cohort-a", null, 3));
        assertThat(risky.atRisk()).extracting(CohortCoverage.StudentAtRisk::studentId).containsExactly(ALICE, BOB);
        assertThatThrownBy(() -> w.cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(TUTOR_A, "cohort-a", null, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void proposed_marks_are_for_teachers_and_admins_only() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("1.1.1", BigDecimal.ONE);
        weights.put("1.1.2", BigDecimal.ONE);
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("1", new BigDecimal("0"));
        points.put("2", new BigDecimal("1"));
        points.put("3", new BigDecimal("2"));
        points.put("4", new BigDecimal("3"));
        w.store.add(A, new ReadinessGrid("u31-a", 1, "U31", weights, points, null, null));
        List<UnitReadiness> teacher = w.examReadiness.examReadiness(new GetExamReadinessUseCase.Query(TEACHER_A, "alice", null));
        assertThat(teacher).extracting(UnitReadiness::unitCode).containsExactly("U31", "U2", "U32");
        // U31: 1.1.1 at 77.78 → level 3 → 2 points; 1.1.2 missing → 0; 20 × 2 / 6 = 6.67 → 6.5
        assertThat(teacher.get(0).mark().mark()).isEqualByComparingTo("6.5");
        assertThat(teacher.get(0).mark().complete()).isFalse();
        assertThat(teacher.get(1).mark()).isNull();
        assertThat(teacher.get(1).shareProficient()).isEqualByComparingTo("100");
        assertThat(teacher.get(2).mark()).isNull(); // no grid for U32 yet
        // readiness judges the whole cycle: a tutor, who sees only their own periods, may not read it at all
        assertThatThrownBy(() -> w.examReadiness.examReadiness(new GetExamReadinessUseCase.Query(TUTOR_A, "alice", null)))
                .isInstanceOf(fr.agora.domain.shared.ForbiddenException.class);
        List<UnitReadiness> ent = w.examReadiness.examReadiness(new GetExamReadinessUseCase.Query(ENT_A, "alice", null));
        assertThat(ent).allSatisfy(u -> assertThat(u.mark()).isNull());
    }
}
