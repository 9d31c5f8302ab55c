package fr.agora.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The in-memory share of the cohort-coverage figure: 35 students, 15 000 evaluations, the real 37 codes. Not a
 * benchmark (that needs JMH and the database); a guard with a very generous bound that prints the p99 measured.
 */
class CohortCoverageTimingTest {

    @Test
    void cohort_coverage_of_35_students_and_15000_evaluations_is_computed_well_within_budget() {
        CompetencyFramework fw = Fixtures.real37();
        Random r = new Random(7L);
        String[] codes = {"1", "2", "3", "4", "NE"};
        List<List<Evaluation>> perStudent = new ArrayList<>();
        List<StudentId> ids = new ArrayList<>();
        for (int s = 0; s < 35; s++) {
            StudentId id = StudentId.of("s" + s);
            ids.add(id);
            List<Evaluation> es = new ArrayList<>();
            for (int i = 0; i < 15_000 / 35; i++) {
                es.add(Fixtures.eval(id, fw.competencyCodes().get(r.nextInt(37)), PeriodCode.values()[r.nextInt(4)], codes[r.nextInt(5)], r.nextInt(700)));
            }
            perStudent.add(es);
        }
        CoverageSettings settings = CoverageSettings.at(PeriodCode.P4);
        AggregationPolicy policy = AggregationPolicy.schoolDefault();
        int runs = 60;
        long[] nanos = new long[runs];
        CohortCoverage last = null;
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            List<CoverageMatrix> ms = new ArrayList<>(35);
            for (int s = 0; s < 35; s++) ms.add(CoverageMatrix.of(fw, ids.get(s), perStudent.get(s), Fixtures.LSL, policy, settings));
            last = CohortCoverage.of(fw, settings, ms);
            nanos[run] = System.nanoTime() - t0;
        }
        long[] measured = Arrays.copyOfRange(nanos, 10, runs); // first 10 are warm-up
        Arrays.sort(measured);
        long p99 = measured[(int) Math.ceil(0.99 * measured.length) - 1];
        System.out.printf("cohort coverage in memory (35 students, 15 000 evaluations): median %.1f ms, p99 %.1f ms%n",
                measured[measured.length / 2] / 1e6, p99 / 1e6);
        assertThat(last.students()).isEqualTo(35);
        assertThat(p99 / 1_000_000).as("p99 in ms").isLessThan(1_000);
    }
}
