package fr.agora.domain.assessment;

import fr.agora.domain.school.PeriodCode;
import static fr.agora.domain.assessment.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationScaleTest {

    private final EvaluationScale lsl = EvaluationScale.lslDefault("lsl");

    @Test
    void the_default_is_the_four_lsl_degrees_plus_ne() {
        assertThat(lsl.levels()).extracting(ScaleLevel::code).containsExactly("1", "2", "3", "4", "NE");
        assertThat(lsl.countingLevels()).hasSize(4);
        assertThat(lsl.level("NE").orElseThrow().counts()).isFalse();
        assertThat(lsl.threshold()).isEqualByComparingTo("50");
    }

    @Test
    void scores_map_to_levels_by_midpoint_bands() {
        // bands: 1 [0, 16.665[, 2 [16.665, 50[, 3 [50, 83.335[, 4 [83.335, 100]
        assertThat(lsl.levelFor(new BigDecimal("0")).code()).isEqualTo("1");
        assertThat(lsl.levelFor(new BigDecimal("16.66")).code()).isEqualTo("1");
        assertThat(lsl.levelFor(new BigDecimal("16.67")).code()).isEqualTo("2");
        assertThat(lsl.levelFor(new BigDecimal("49.99")).code()).isEqualTo("2");
        assertThat(lsl.levelFor(new BigDecimal("50.00")).code()).isEqualTo("3");
        assertThat(lsl.levelFor(new BigDecimal("83.33")).code()).isEqualTo("3");
        assertThat(lsl.levelFor(new BigDecimal("83.34")).code()).isEqualTo("4");
        assertThat(lsl.isProficient(new BigDecimal("50"))).isTrue();
        assertThat(lsl.isProficient(new BigDecimal("49.99"))).isFalse();
    }

    @Test
    void a_scale_has_two_to_six_counting_levels() {
        assertThatThrownBy(() -> new EvaluationScale("s", 1, List.of(ScaleLevel.counting("A", "a", "0")), BigDecimal.TEN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 to 6");
        List<ScaleLevel> seven = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) seven.add(ScaleLevel.counting("L" + i, "l", String.valueOf(i * 10)));
        assertThatThrownBy(() -> new EvaluationScale("s", 1, seven, BigDecimal.TEN)).isInstanceOf(InvalidInputException.class);
        EvaluationScale two = new EvaluationScale("s", 1, List.of(ScaleLevel.counting("NA", "non acquis", "0"),
                ScaleLevel.counting("A", "acquis", "100"), ScaleLevel.nonCounting("ABS", "absent")), new BigDecimal("50"));
        assertThat(two.countingLevels()).hasSize(2);
    }

    @Test
    void values_strictly_increase_and_codes_are_unique() {
        assertThatThrownBy(() -> new EvaluationScale("s", 1, List.of(ScaleLevel.counting("A", "a", "50"),
                ScaleLevel.counting("B", "b", "50")), BigDecimal.TEN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new EvaluationScale("s", 1, List.of(ScaleLevel.counting("A", "a", "0"),
                ScaleLevel.counting("A", "b", "50")), BigDecimal.TEN))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("levels[1].code");
        assertThatThrownBy(() -> ScaleLevel.counting("A", "a", "101")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new EvaluationScale("s", 1, lsl.levels(), new BigDecimal("-1"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void revising_a_scale_creates_a_new_version_and_keeps_the_meaning_of_past_evaluations() {
        ScaleHistory h = ScaleHistory.of(lsl);
        Evaluation old = eval("1.1.1", PeriodCode.P1, "3", 0); // made with v1: 3 = 66.67
        ScaleHistory h2 = h.revise(List.of(ScaleLevel.counting("1", "a", "0"), ScaleLevel.counting("2", "b", "25"),
                ScaleLevel.counting("3", "c", "75"), ScaleLevel.counting("4", "d", "100"), ScaleLevel.nonCounting("ABS", "absent")),
                new BigDecimal("60"));
        assertThat(h2.current().version()).isEqualTo(2);
        assertThat(h2.version(1).orElseThrow()).isEqualTo(lsl);
        assertThat(h2.levelOf(old).value()).isEqualByComparingTo("66.67");
        AggregatedState s = AggregationPolicy.last().aggregate("1.1.1", List.of(old), h2);
        // the old 66.67 is read in v1, presented in v2: band of "3" in v2 starts at (25+75)/2 = 50; threshold 60
        assertThat(s.score()).isEqualByComparingTo("66.67");
        assertThat(s.levelCode()).isEqualTo("3");
        assertThat(s.scaleVersion()).isEqualTo(2);
        assertThat(s.proficient()).isTrue();
        assertThat(h.versions()).hasSize(1);
    }
}
