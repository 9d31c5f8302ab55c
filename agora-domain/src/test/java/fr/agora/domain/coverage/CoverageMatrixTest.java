package fr.agora.domain.coverage;

import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.assessment.Fixtures;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import static fr.agora.domain.assessment.Fixtures.ALICE;
import static fr.agora.domain.assessment.Fixtures.LSL;
import static fr.agora.domain.assessment.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageMatrixTest {

    private final CompetencyFramework fw = Fixtures.small();
    private final AggregationPolicy policy = AggregationPolicy.schoolDefault();

    private CoverageMatrix cov(List<Evaluation> es, CoverageSettings s) {
        return CoverageMatrix.of(fw, ALICE, es, LSL, policy, s);
    }

    @Test
    void cells_bloc_shares_and_never_evaluated() {
        List<Evaluation> es = List.of(
                eval("1.1.1", PeriodCode.P1, "2", 1),   // P1: 33.33 → evaluated, not proficient
                eval("1.1.1", PeriodCode.P2, "4", 40),  // P2: 100 → proficient
                eval("1.1.2", PeriodCode.P1, "NE", 2)); // NE only: mis en œuvre, not assessed (issue 14)
        CoverageMatrix m = cov(es, CoverageSettings.at(PeriodCode.P2));
        assertThat(m.cell("1.1.1", PeriodCode.P1)).isEqualTo(CellState.EVALUATED);
        assertThat(m.cell("1.1.1", PeriodCode.P2)).isEqualTo(CellState.PROFICIENT);
        assertThat(m.cell("1.1.1", PeriodCode.P3)).isEqualTo(CellState.NOT_EXERCISED);
        assertThat(m.cell("1.1.2", PeriodCode.P1)).isEqualTo(CellState.EXERCISED);
        assertThat(m.cell("1.1.2", PeriodCode.P2)).isEqualTo(CellState.NOT_EXERCISED);
        // overall 1.1.1, geometric: (33.33·1 + 100·2) / 3 = 233.33 / 3 = 77.7766… → 77.78, proficient
        assertThat(m.overall().get("1.1.1").score()).isEqualByComparingTo("77.78");
        // bloc 1 = {1.1.1, 1.1.2, 1.2.1}: exercised (mis en œuvre) 2/3 = 66.67 %, proficient 1/3; bloc 2 = {2.1.1}: 0 %
        assertThat(m.blocs()).containsExactly(
                new CoverageMatrix.BlocShare(1, 3, 2, 1, new java.math.BigDecimal("66.67"), new java.math.BigDecimal("33.33")),
                new CoverageMatrix.BlocShare(2, 1, 0, 0, new java.math.BigDecimal("0.00"), new java.math.BigDecimal("0.00")));
        assertThat(m.neverEvaluated()).containsExactly("1.2.1", "2.1.1");
        // at P2, four periods remain (P3–P6) > 1: nobody at risk yet
        assertThat(m.atRisk()).isEmpty();
    }

    @Test
    void at_risk_when_at_most_threshold_periods_remain() {
        List<Evaluation> es = List.of(eval("1.1.1", PeriodCode.P1, "3", 1));
        // at P5 one period (P6) remains ≤ 1 → every never-evaluated competency is at risk
        assertThat(cov(es, CoverageSettings.at(PeriodCode.P5)).atRisk()).containsExactly("1.1.2", "1.2.1", "2.1.1");
        assertThat(cov(es, CoverageSettings.at(PeriodCode.P4)).atRisk()).isEmpty();
        // threshold 0: only once no period remains
        assertThat(cov(es, new CoverageSettings(null, PeriodCode.P5, 0)).atRisk()).isEmpty();
        assertThat(cov(es, new CoverageSettings(null, PeriodCode.P6, 0)).atRisk()).hasSize(3);
        // threshold 2 at P4 (P5, P6 remain)
        assertThat(cov(es, new CoverageSettings(null, PeriodCode.P4, 2)).atRisk()).hasSize(3);
        // a cohort with only P1–P4 planned, at P3: one period remains
        CoverageSettings four = new CoverageSettings(List.of(PeriodCode.P1, PeriodCode.P2, PeriodCode.P3, PeriodCode.P4), PeriodCode.P3, 1);
        CoverageMatrix m = cov(es, four);
        assertThat(m.atRisk()).hasSize(3);
        assertThat(m.periods()).hasSize(4);
        assertThat(m.cells().get("1.1.1")).containsOnlyKeys(PeriodCode.P1, PeriodCode.P2, PeriodCode.P3, PeriodCode.P4);
        // before P1 every period remains
        assertThat(new CoverageSettings(null, null, 1).remainingPeriods()).isEqualTo(6);
    }

    @Test
    void no_evaluation_at_all_every_cell_not_exercised() {
        CoverageMatrix m = cov(List.of(), CoverageSettings.at(PeriodCode.P1));
        assertThat(m.cells().values()).allSatisfy(row -> assertThat(row.values()).containsOnly(CellState.NOT_EXERCISED));
        assertThat(m.neverEvaluated()).containsExactlyElementsOf(fw.competencyCodes());
        assertThat(m.blocs()).allSatisfy(b -> assertThat(b.shareExercised()).isEqualByComparingTo("0"));
    }

    @Test
    void all_proficient() {
        List<Evaluation> es = new ArrayList<>();
        for (String c : fw.competencyCodes()) es.add(eval(c, PeriodCode.P1, "4", 1));
        CoverageMatrix m = cov(es, CoverageSettings.at(PeriodCode.P6));
        assertThat(m.blocs()).allSatisfy(b -> {
            assertThat(b.shareExercised()).isEqualByComparingTo("100");
            assertThat(b.shareProficient()).isEqualByComparingTo("100");
        });
        assertThat(m.neverEvaluated()).isEmpty();
        assertThat(m.atRisk()).isEmpty();
    }

    @Test
    void criteria_complexity_factors_and_aleas_met_come_from_every_observation_mis_en_oeuvre() {
        Evaluation withAll = new Evaluation(EvaluationId.random(), ALICE, "1.1.1", "1.1.1-a", PeriodCode.P1, LocalDate.of(2025, 2, 1),
                "3", 1, "t@x.fr", EvaluatorRole.TUTEUR, Set.of("CF1"), Set.of("AL1"), null, null, null, "t@x.fr", Instant.now(), null);
        Evaluation ne = new Evaluation(EvaluationId.random(), ALICE, "1.1.1", "1.1.1-b", PeriodCode.P1, LocalDate.of(2025, 2, 2),
                "NE", 1, "t@x.fr", EvaluatorRole.TUTEUR, Set.of("CF2"), Set.of(), null, null, null, "t@x.fr", Instant.now(), null);
        CoverageMatrix m = cov(List.of(withAll, ne), CoverageSettings.at(PeriodCode.P1));
        // the NE observation says 1.1.1 was mis en œuvre with criterion b and factor CF2, without a level (issue 14)
        assertThat(m.met().get("1.1.1")).isEqualTo(new CoverageMatrix.Met(Set.of("1.1.1-a", "1.1.1-b"), Set.of("CF1", "CF2"), Set.of("AL1")));
        assertThat(m.met().get("1.1.2").criteria()).isEmpty();
    }

    @Test
    void cohort_counts_per_cell_and_students_at_risk() {
        StudentId bob = StudentId.of("bob");
        CoverageSettings s = CoverageSettings.at(PeriodCode.P5);
        CoverageMatrix a = CoverageMatrix.of(fw, ALICE, List.of(eval(ALICE, "1.1.1", PeriodCode.P1, "4", 1)), LSL, policy, s);
        List<Evaluation> bobs = new ArrayList<>();
        for (String c : fw.competencyCodes()) bobs.add(eval(bob, c, PeriodCode.P1, "2", 1));
        CoverageMatrix b = CoverageMatrix.of(fw, bob, bobs, LSL, policy, s);
        CohortCoverage cc = CohortCoverage.of(fw, s, List.of(a, b));
        assertThat(cc.students()).isEqualTo(2);
        assertThat(cc.cells().get("1.1.1").get(PeriodCode.P1)).isEqualTo(new CohortCoverage.CellCounts(0, 0, 1, 1));
        assertThat(cc.cells().get("1.1.2").get(PeriodCode.P1)).isEqualTo(new CohortCoverage.CellCounts(1, 0, 1, 0));
        assertThat(cc.cells().get("1.1.2").get(PeriodCode.P2)).isEqualTo(new CohortCoverage.CellCounts(2, 0, 0, 0));
        assertThat(cc.atRisk()).containsExactly(new CohortCoverage.StudentAtRisk(ALICE, List.of("1.1.2", "1.2.1", "2.1.1")));
    }

    @Test
    void the_real_framework_gives_a_37_by_6_matrix_in_three_blocs() {
        CompetencyFramework real = Fixtures.real37();
        assertThat(real.competencyCodes()).hasSize(37).startsWith("1.1.1").endsWith("3.3.4");
        CoverageMatrix m = CoverageMatrix.of(real, ALICE, List.of(eval("2.2.6", PeriodCode.P3, "3", 1)), LSL, policy, CoverageSettings.at(PeriodCode.P3));
        assertThat(m.cells()).hasSize(37);
        assertThat(m.blocs()).extracting(CoverageMatrix.BlocShare::competencies).containsExactly(12, 13, 12);
        // bloc 2: 1 of 13 exercised = 7.6923… % → 7.69
        assertThat(m.blocs().get(1).shareExercised()).isEqualByComparingTo("7.69");
        assertThat(m.neverEvaluated()).hasSize(36);
    }

    @Test
    void an_absence_is_not_mis_en_oeuvre_and_ne_is() {
        fr.agora.domain.assessment.ScaleHistory withAbs = fr.agora.domain.assessment.ScaleHistory.of(new fr.agora.domain.assessment.EvaluationScale(
                "s", 1, List.of(fr.agora.domain.assessment.ScaleLevel.counting("NA", "non acquis", "0"), fr.agora.domain.assessment.ScaleLevel.counting("A", "acquis", "100"),
                fr.agora.domain.assessment.ScaleLevel.nonCounting("NE", "non évalué"),
                fr.agora.domain.assessment.ScaleLevel.nonCounting("ABS", "absent")), new java.math.BigDecimal("50")));
        List<Evaluation> es = List.of(eval("1.1.1", PeriodCode.P1, "ABS", 1), eval("1.1.2", PeriodCode.P1, "NE", 2));
        CoverageMatrix m = CoverageMatrix.of(fw, ALICE, es, withAbs, policy, CoverageSettings.at(PeriodCode.P5));
        assertThat(m.cell("1.1.1", PeriodCode.P1)).isEqualTo(CellState.NOT_EXERCISED);
        assertThat(m.cell("1.1.2", PeriodCode.P1)).isEqualTo(CellState.EXERCISED);
        assertThat(m.neverEvaluated()).containsExactly("1.1.1", "1.2.1", "2.1.1");
        assertThat(m.atRisk()).doesNotContain("1.1.2");
        CohortCoverage cc = CohortCoverage.of(fw, CoverageSettings.at(PeriodCode.P5), List.of(m));
        assertThat(cc.cells().get("1.1.2").get(PeriodCode.P1)).isEqualTo(new CohortCoverage.CellCounts(0, 1, 0, 0));
    }
}
