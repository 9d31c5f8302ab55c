package fr.agora.domain.assessment;

import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.coverage.CoverageSettings;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property checks over seeded random series (reproducible: fixed seeds, no jqwik). */
class AggregationPropertiesTest {

    private static final String[] CODES = {"1", "2", "3", "4", "NE"};

    private static AggregationPolicy randomPolicy(Random r) {
        AggregationPolicy p = switch (r.nextInt(5)) {
            case 0 -> AggregationPolicy.last();
            case 1 -> AggregationPolicy.bestOf(1 + r.nextInt(4));
            case 2 -> AggregationPolicy.mean();
            case 3 -> AggregationPolicy.geometric();
            default -> AggregationPolicy.arithmetic();
        };
        return r.nextBoolean() ? p : p.limitedTo(1 + r.nextInt(8));
    }

    @Test
    void the_score_lies_within_the_contributing_values_and_weights_sum_as_stated() {
        Random r = new Random(20260101L);
        for (int run = 0; run < 2000; run++) {
            List<Evaluation> es = new ArrayList<>();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) es.add(Fixtures.eval("1.1.1", PeriodCode.P1, CODES[r.nextInt(CODES.length)], r.nextInt(30)));
            AggregationPolicy p = randomPolicy(r);
            AggregatedState s = p.aggregate("1.1.1", es, Fixtures.LSL);
            long counting = es.stream().filter(e -> !e.levelCode().equals("NE")).count();
            long kept = p.limit() == null ? counting : Math.min(counting, p.limit());
            assertThat(s.contributions().size() + s.ignored().size()).as("every evaluation is explained").isEqualTo(n);
            if (kept == 0) {
                assertThat(s.hasScore()).isFalse();
                continue;
            }
            BigDecimal min = s.contributions().stream().map(AggregatedState.Contribution::value).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal max = s.contributions().stream().map(AggregatedState.Contribution::value).max(BigDecimal::compareTo).orElseThrow();
            assertThat(s.score()).as("%s on %s", p, es).isBetween(min, max);
            long expectedWeight = switch (p.kind()) {
                case LAST -> 1;
                case BEST_OF_K -> Math.min(p.k(), kept);
                case MEAN -> kept;
                case GEOMETRIC_RECENCY -> (1L << kept) - 1;
                case ARITHMETIC_RECENCY -> kept * (kept + 1) / 2;
            };
            assertThat(s.totalWeight()).as("%s, %d kept", p, kept).isEqualByComparingTo(BigDecimal.valueOf(expectedWeight));
            assertThat(s.proficient()).isEqualTo(s.score().compareTo(Fixtures.LSL.current().threshold()) >= 0);
        }
    }

    @Test
    void cohort_counts_always_add_up_to_the_number_of_students() {
        Random r = new Random(42L);
        CompetencyFramework fw = Fixtures.real37();
        for (int run = 0; run < 20; run++) {
            int students = r.nextInt(15);
            CoverageSettings settings = new CoverageSettings(null, PeriodCode.values()[r.nextInt(6)], r.nextInt(3));
            List<CoverageMatrix> ms = new ArrayList<>();
            for (int s = 0; s < students; s++) {
                StudentId id = StudentId.of("s" + s);
                List<Evaluation> es = new ArrayList<>();
                int n = r.nextInt(60);
                for (int i = 0; i < n; i++) {
                    String c = fw.competencyCodes().get(r.nextInt(37));
                    es.add(Fixtures.eval(id, c, PeriodCode.values()[r.nextInt(6)], CODES[r.nextInt(CODES.length)], r.nextInt(900)));
                }
                ms.add(CoverageMatrix.of(fw, id, es, Fixtures.LSL, randomPolicy(r), settings));
            }
            CohortCoverage cc = CohortCoverage.of(fw, settings, ms);
            assertThat(cc.cells()).hasSize(37);
            cc.cells().values().forEach(row -> row.values().forEach(cell -> assertThat(cell.total()).isEqualTo(students)));
            assertThat(cc.atRisk().size()).isLessThanOrEqualTo(students);
            for (CoverageMatrix m : ms) {
                assertThat(m.blocs().stream().mapToInt(CoverageMatrix.BlocShare::competencies).sum()).isEqualTo(37);
                m.blocs().forEach(b -> assertThat(b.proficient()).isLessThanOrEqualTo(b.exercised()));
            }
        }
    }
}
