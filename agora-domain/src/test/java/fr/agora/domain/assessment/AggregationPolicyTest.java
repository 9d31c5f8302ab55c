package fr.agora.domain.assessment;

import fr.agora.domain.school.PeriodCode;
import static fr.agora.domain.assessment.Fixtures.LSL;
import static fr.agora.domain.assessment.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on the LSL default (1 = 0, 2 = 33.33, 3 = 66.67, 4 = 100, NE not counting; bands 2 ≥ 16.665,
 * 3 ≥ 50, 4 ≥ 83.335; proficient ≥ 50). The series, oldest first:
 * e1 = 2 (33.33), e2 = 3 (66.67), e3 = 4 (100), e4 = NE, e5 = 3 (66.67).
 * Counting values: [33.33, 66.67, 100, 66.67].
 */
class AggregationPolicyTest {

    private final Evaluation e1 = eval("1.1.1", PeriodCode.P1, "2", 1);
    private final Evaluation e2 = eval("1.1.1", PeriodCode.P1, "3", 2);
    private final Evaluation e3 = eval("1.1.1", PeriodCode.P2, "4", 3);
    private final Evaluation e4 = eval("1.1.1", PeriodCode.P2, "NE", 4);
    private final Evaluation e5 = eval("1.1.1", PeriodCode.P3, "3", 5);
    // given out of order on purpose: the policy sorts chronologically
    private final List<Evaluation> series = List.of(e5, e3, e1, e4, e2);

    private AggregatedState run(AggregationPolicy p) {
        return p.aggregate("1.1.1", series, LSL);
    }

    @Test
    void last_takes_the_most_recent_counting_evaluation() {
        // NE (e4) is ignored; the last counting is e5 = 66.67 → level 3, proficient
        AggregatedState s = run(AggregationPolicy.last());
        assertThat(s.score()).isEqualByComparingTo("66.67");
        assertThat(s.levelCode()).isEqualTo("3");
        assertThat(s.proficient()).isTrue();
        assertThat(s.contributions()).extracting(AggregatedState.Contribution::evaluationId).containsExactly(e5.id());
        assertThat(s.ignored()).extracting(AggregatedState.Ignored::evaluationId).containsExactlyInAnyOrder(e1.id(), e2.id(), e3.id(), e4.id());
    }

    @Test
    void mean_weighs_every_counting_evaluation_one() {
        // (33.33 + 66.67 + 100 + 66.67) / 4 = 266.67 / 4 = 66.6675 → 66.67 (half-up)
        AggregatedState s = run(AggregationPolicy.mean());
        assertThat(s.score()).isEqualByComparingTo("66.67");
        assertThat(s.totalWeight()).isEqualByComparingTo("4");
        assertThat(s.ignored()).singleElement().satisfies(i -> {
            assertThat(i.evaluationId()).isEqualTo(e4.id());
            assertThat(i.reason()).contains("non-counting");
        });
    }

    @Test
    void geometric_recency_weighs_1_2_4_8() {
        // 33.33·1 + 66.67·2 + 100·4 + 66.67·8 = 33.33 + 133.34 + 400 + 533.36 = 1100.03; / 15 = 73.3353… → 73.34
        AggregatedState s = run(AggregationPolicy.geometric());
        assertThat(s.score()).isEqualByComparingTo("73.34");
        assertThat(s.levelCode()).isEqualTo("3");
        assertThat(s.contributions()).extracting(c -> c.weight().intValue()).containsExactly(1, 2, 4, 8);
        assertThat(s.contributions()).extracting(AggregatedState.Contribution::evaluationId).containsExactly(e1.id(), e2.id(), e3.id(), e5.id());
    }

    @Test
    void arithmetic_recency_weighs_1_2_3_4_and_rounds_half_up() {
        // 33.33·1 + 66.67·2 + 100·3 + 66.67·4 = 33.33 + 133.34 + 300 + 266.68 = 733.35; / 10 = 73.335 → 73.34
        AggregatedState s = run(AggregationPolicy.arithmetic());
        assertThat(s.score()).isEqualByComparingTo("73.34");
        assertThat(s.contributions()).extracting(c -> c.weight().intValue()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void best_of_k_takes_the_k_best_and_on_a_tie_the_most_recent() {
        // best 2 of [33.33, 66.67, 100, 66.67]: 100 (e3) and 66.67 — e2 and e5 tie, e5 is more recent.
        // (100 + 66.67) / 2 = 83.335 → 83.34 ≥ 83.335 → level 4
        AggregatedState s = run(AggregationPolicy.bestOf(2));
        assertThat(s.score()).isEqualByComparingTo("83.34");
        assertThat(s.levelCode()).isEqualTo("4");
        assertThat(s.contributions()).extracting(AggregatedState.Contribution::evaluationId).containsExactly(e3.id(), e5.id());
        assertThat(s.ignored()).extracting(AggregatedState.Ignored::reason).contains("not among the 2 best");
        // best of 1 = the maximum
        assertThat(run(AggregationPolicy.bestOf(1)).score()).isEqualByComparingTo("100");
        // k larger than the series = the mean of all
        assertThat(run(AggregationPolicy.bestOf(9)).score()).isEqualByComparingTo("66.67");
    }

    @Test
    void a_limit_keeps_the_last_n_counting_evaluations() {
        // last 2 counting: e3 = 100, e5 = 66.67; mean = 83.335 → 83.34; geometric 1,2: (100 + 133.34)/3 = 77.78
        AggregatedState mean = run(AggregationPolicy.mean().limitedTo(2));
        assertThat(mean.score()).isEqualByComparingTo("83.34");
        assertThat(mean.ignored()).extracting(AggregatedState.Ignored::evaluationId).containsExactlyInAnyOrder(e1.id(), e2.id(), e4.id());
        assertThat(mean.ignored()).filteredOn(i -> i.evaluationId().equals(e1.id())).singleElement()
                .extracting(AggregatedState.Ignored::reason).isEqualTo("beyond the last 2");
        assertThat(run(AggregationPolicy.geometric().limitedTo(2)).score()).isEqualByComparingTo("77.78");
        // a limit above the count changes nothing
        assertThat(run(AggregationPolicy.geometric().limitedTo(10)).score()).isEqualByComparingTo("73.34");
    }

    @Test
    void empty_and_non_counting_only_give_no_score() {
        for (AggregationPolicy p : List.of(AggregationPolicy.last(), AggregationPolicy.mean(), AggregationPolicy.bestOf(2),
                AggregationPolicy.geometric(), AggregationPolicy.arithmetic())) {
            AggregatedState empty = p.aggregate("1.1.1", List.of(), LSL);
            assertThat(empty.hasScore()).isFalse();
            assertThat(empty.levelCode()).isNull();
            assertThat(empty.proficient()).isFalse();
            AggregatedState ne = p.aggregate("1.1.1", List.of(eval("1.1.1", PeriodCode.P1, "NE", 1)), LSL);
            assertThat(ne.hasScore()).isFalse();
            assertThat(ne.ignored()).hasSize(1);
        }
    }

    @Test
    void a_single_evaluation_is_its_own_score_under_every_policy() {
        Evaluation only = eval("1.1.1", PeriodCode.P1, "2", 1);
        for (AggregationPolicy p : List.of(AggregationPolicy.last(), AggregationPolicy.mean(), AggregationPolicy.bestOf(3),
                AggregationPolicy.geometric(), AggregationPolicy.arithmetic().limitedTo(1))) {
            AggregatedState s = p.aggregate("1.1.1", List.of(only), LSL);
            assertThat(s.score()).as(p.toString()).isEqualByComparingTo("33.33");
            assertThat(s.levelCode()).isEqualTo("2");
            assertThat(s.proficient()).isFalse();
            assertThat(s.contributions()).singleElement().extracting(c -> c.weight().intValue()).isEqualTo(1);
        }
    }

    @Test
    void same_day_evaluations_are_ordered_by_recording_instant() {
        // both on day 1: a (level 1) recorded before b (level 4) → last = b = 100
        Evaluation a = eval("1.1.1", PeriodCode.P1, "1", 1);
        Evaluation b = eval("1.1.1", PeriodCode.P1, "4", 1);
        assertThat(AggregationPolicy.last().aggregate("1.1.1", List.of(b, a), LSL).score()).isEqualByComparingTo("100");
    }

    @Test
    void parameters_are_checked() {
        assertThatThrownBy(() -> AggregationPolicy.bestOf(0)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("k");
        assertThatThrownBy(() -> AggregationPolicy.mean().limitedTo(0)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("limit");
        assertThat(AggregationPolicy.schoolDefault().limit()).isEqualTo(5);
    }

    /**
     * The score alone, from the counting values oldest first (what the cohort heatmap computes), worked by hand:
     * mean of the last 2 of 0, 33.33, 100 = 133.33 / 2 = 66.665 → 66.67 (half-up at .005); geometric 1, 2 over 0, 100 =
     * 200 / 3 = 66.666… → 66.67; best 2 of 100, 33.33, 100, 0 = 100; last of 33.33, 66.67 = 66.67; nothing counting ⇒ null.
     */
    @Test
    void the_score_alone_from_the_counting_values() {
        List<java.math.BigDecimal> three = List.of(new java.math.BigDecimal("0"), new java.math.BigDecimal("33.33"), new java.math.BigDecimal("100"));
        assertThat(AggregationPolicy.mean().limitedTo(2).scoreOf(three)).isEqualByComparingTo("66.67").hasScaleOf(2);
        assertThat(AggregationPolicy.geometric().scoreOf(List.of(java.math.BigDecimal.ZERO, new java.math.BigDecimal("100")))).isEqualByComparingTo("66.67");
        assertThat(AggregationPolicy.bestOf(2).scoreOf(List.of(new java.math.BigDecimal("100"), new java.math.BigDecimal("33.33"),
                new java.math.BigDecimal("100"), java.math.BigDecimal.ZERO))).isEqualByComparingTo("100");
        assertThat(AggregationPolicy.last().scoreOf(List.of(new java.math.BigDecimal("33.33"), new java.math.BigDecimal("66.67")))).isEqualByComparingTo("66.67");
        assertThat(AggregationPolicy.schoolDefault().scoreOf(List.of())).isNull();
    }
}
