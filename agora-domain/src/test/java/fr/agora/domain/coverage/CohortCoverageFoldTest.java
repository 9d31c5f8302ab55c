package fr.agora.domain.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.CoverageRecord;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.assessment.Fixtures;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cohort heatmap computed in one pass from the records ({@link CohortCoverageFold}) equals the fold of every
 * student's full {@link CoverageMatrix} computed from the rebuilt {@link EvaluationHistory} ({@link CohortCoverage#of},
 * the computation it replaces). Seeded cohorts of 0–9 students (some without records), histories with corrections
 * (chains included) in any stored order, two scale versions (the second with an absence code, so that cells can be
 * exercised without a score, or neither), records of periods not planned and of competencies outside the framework,
 * every aggregation policy with and without a limit, every at-risk threshold.
 */
class CohortCoverageFoldTest {

    private static final ScaleHistory SCALES = ScaleHistory.of(EvaluationScale.lslDefault("lsl")).revise(List.of(
            ScaleLevel.counting("C", "Non acquis", "0"), ScaleLevel.counting("B", "En cours", "50"), ScaleLevel.counting("A", "Acquis", "100"),
            ScaleLevel.nonCounting("NE", "Non évalué"), ScaleLevel.nonCounting("ABS", "Absent")), new BigDecimal("75"));
    private static final String[][] LEVELS = {{"1", "2", "3", "4", "NE"}, {"A", "B", "C", "NE", "ABS", "ABS"}};
    private static final List<AggregationPolicy> POLICIES = List.of(AggregationPolicy.last(), AggregationPolicy.bestOf(1),
            AggregationPolicy.bestOf(3), AggregationPolicy.mean(), AggregationPolicy.geometric(), AggregationPolicy.arithmetic(),
            AggregationPolicy.schoolDefault(), AggregationPolicy.mean().limitedTo(2), AggregationPolicy.bestOf(2).limitedTo(4),
            AggregationPolicy.last().limitedTo(1), AggregationPolicy.arithmetic().limitedTo(3));

    @Test
    void the_one_pass_heatmap_equals_the_fold_of_the_students_matrices() {
        CompetencyFramework fw = Fixtures.real37();
        int compared = 0;
        for (long seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            List<StudentId> students = new ArrayList<>();
            Map<StudentId, List<Evaluation>> stored = new LinkedHashMap<>();
            int n = r.nextInt(10);
            for (int i = 0; i < n; i++) {
                StudentId s = StudentId.of("s" + seed + "-" + i);
                students.add(s);
                if (r.nextInt(6) != 0) stored.put(s, history(fw, s, r, r.nextInt(400)));
            }
            AggregationPolicy policy = POLICIES.get((int) (seed % POLICIES.size()));
            CoverageSettings settings = new CoverageSettings(plannedPeriods(r),
                    r.nextInt(7) == 0 ? null : PeriodCode.values()[r.nextInt(6)], r.nextInt(7));

            List<CoverageMatrix> matrices = new ArrayList<>();
            for (StudentId s : students) {
                matrices.add(CoverageMatrix.of(fw, s, EvaluationHistory.of(s, stored.getOrDefault(s, List.of())).effective(), SCALES,
                        policy, settings));
            }
            Map<StudentId, List<CoverageRecord>> records = new LinkedHashMap<>();
            stored.forEach((s, es) -> {
                List<CoverageRecord> rs = new ArrayList<>(es.stream().map(CoverageRecord::of).toList());
                Collections.shuffle(rs, r); // an adapter returns rows in no particular order
                records.put(s, rs);
            });

            CohortCoverage expected = CohortCoverage.of(fw, settings, matrices);
            assertThat(CohortCoverageFold.of(fw, settings, SCALES, policy, students, records)).as("seed %d", seed).isEqualTo(expected);
            if (!expected.atRisk().isEmpty()) compared++;
        }
        assertThat(compared).as("cohorts with students at risk among the 300").isGreaterThan(20);
    }

    @Test
    void an_empty_cohort_gives_empty_counts_and_nobody_at_risk() {
        CompetencyFramework fw = Fixtures.small();
        CoverageSettings settings = CoverageSettings.at(PeriodCode.P6);
        CohortCoverage cc = CohortCoverageFold.of(fw, settings, SCALES, AggregationPolicy.schoolDefault(), List.of(), Map.of());
        assertThat(cc).isEqualTo(CohortCoverage.of(fw, settings, List.of()));
        assertThat(cc.students()).isZero();
        assertThat(cc.atRisk()).isEmpty();
        assertThat(cc.cells().get(fw.competencyCodes().get(0)).get(PeriodCode.P1).total()).isZero();
    }

    @Test
    void a_student_without_records_is_not_exercised_everywhere_and_at_risk_at_the_end() {
        CompetencyFramework fw = Fixtures.small();
        CoverageSettings settings = CoverageSettings.at(PeriodCode.P6);
        StudentId s = StudentId.of("s0");
        CohortCoverage cc = CohortCoverageFold.of(fw, settings, SCALES, AggregationPolicy.mean(), List.of(s), Map.of());
        assertThat(cc.cells().get(fw.competencyCodes().get(0)).get(PeriodCode.P3)).isEqualTo(new CohortCoverage.CellCounts(1, 0, 0, 0));
        assertThat(cc.atRisk()).containsExactly(new CohortCoverage.StudentAtRisk(s, fw.competencyCodes()));
    }

    private static List<PeriodCode> plannedPeriods(Random r) {
        if (r.nextInt(3) == 0) return null; // every period
        List<PeriodCode> out = new ArrayList<>();
        for (PeriodCode p : PeriodCode.values()) if (r.nextInt(3) != 0) out.add(p);
        return out;
    }

    /** {@code n} evaluations recorded one to three seconds apart; one in five corrects an earlier, not yet superseded record. */
    private static List<Evaluation> history(CompetencyFramework fw, StudentId student, Random r, int n) {
        List<String> codes = fw.competencyCodes();
        List<Evaluation> out = new ArrayList<>();
        List<Evaluation> open = new ArrayList<>();
        Instant t = Instant.parse("2025-01-01T08:00:00Z");
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(1 + r.nextInt(3));
            Evaluation old = !open.isEmpty() && r.nextInt(5) == 0 ? open.remove(r.nextInt(open.size())) : null;
            String code = old != null ? old.competencyCode() : r.nextInt(50) == 0 ? "HORS-REFERENTIEL" : codes.get(r.nextInt(codes.size()));
            PeriodCode period = old != null ? old.period() : PeriodCode.values()[r.nextInt(6)];
            // few distinct dates, so that ties fall to the recording instant
            LocalDate date = old != null ? old.date() : LocalDate.of(2025, 1, 6).plusDays(r.nextInt(40));
            int version = 1 + r.nextInt(2);
            String[] levels = LEVELS[version - 1];
            Evaluation e = new Evaluation(new EvaluationId(student.value() + "-e" + i), student, code, r.nextInt(3) == 0 ? code + ".c1" : null,
                    period, date, levels[r.nextInt(levels.length)], version, "tutor@example.org", EvaluatorRole.TUTEUR,
                    r.nextInt(4) == 0 ? Set.of("CF1") : Set.of(), r.nextInt(10) == 0 ? Set.of("AL1") : Set.of(),
                    null, null, old == null ? null : old.id(), "ent", t, null);
            out.add(e);
            open.add(e);
        }
        return out;
    }
}
