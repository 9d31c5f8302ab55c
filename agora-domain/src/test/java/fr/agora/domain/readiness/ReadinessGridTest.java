package fr.agora.domain.readiness;

import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Fixtures;
import fr.agora.domain.school.PeriodCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessGridTest {

    private final CompetencyFramework fw = Fixtures.small();
    private static final Map<String, BigDecimal> POINTS = points("0", "1", "2", "3");

    private static Map<String, BigDecimal> points(String p1, String p2, String p3, String p4) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("1", new BigDecimal(p1));
        m.put("2", new BigDecimal(p2));
        m.put("3", new BigDecimal(p3));
        m.put("4", new BigDecimal(p4));
        return m;
    }

    private static Map<String, BigDecimal> weights(Object... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], new BigDecimal(kv[i + 1].toString()));
        return m;
    }

    /** A state at the given LSL level (its score is the level's value). */
    private static AggregatedState at(String comp, String level) {
        return AggregationPolicy.last().aggregate(comp, List.of(Fixtures.eval(comp, PeriodCode.P1, level, 1)), Fixtures.LSL);
    }

    private final ReadinessGrid u31 = new ReadinessGrid("u31", 1, "U31", weights("1.1.1", 2, "1.1.2", 1, "1.2.1", 1), POINTS, null, null);

    @Test
    void a_hand_computed_mark() {
        // 1.1.1 level 4: 2 × 3 = 6; 1.1.2 level 2: 1 × 1 = 1; 1.2.1 level 3: 1 × 2 = 2 → earned 9
        // possible = (2 + 1 + 1) × 3 = 12; 20 × 9 / 12 = 15 → 15.00
        ProposedMark m = u31.propose(Map.of("1.1.1", at("1.1.1", "4"), "1.1.2", at("1.1.2", "2"), "1.2.1", at("1.2.1", "3")));
        assertThat(m.mark()).isEqualByComparingTo("15");
        assertThat(m.earnedPoints()).isEqualByComparingTo("9");
        assertThat(m.possiblePoints()).isEqualByComparingTo("12");
        assertThat(m.complete()).isTrue();
        assertThat(m.terms()).extracting(ProposedMark.Term::competencyCode).containsExactly("1.1.1", "1.1.2", "1.2.1");
        ProposedMark.Term t = m.terms().get(0);
        assertThat(t.weight()).isEqualByComparingTo("2");
        assertThat(t.levelCode()).isEqualTo("4");
        assertThat(t.points()).isEqualByComparingTo("3");
        assertThat(t.weightedPoints()).isEqualByComparingTo("6");
        assertThat(t.maxWeightedPoints()).isEqualByComparingTo("6");
    }

    @Test
    void marks_are_rounded_to_the_half_point() {
        // levels 4, 2, 2: 6 + 1 + 1 = 8 → 20 × 8 / 12 = 13.333… → 13.5 (26.67 half-points → 27)
        assertThat(u31.propose(Map.of("1.1.1", at("1.1.1", "4"), "1.1.2", at("1.1.2", "2"), "1.2.1", at("1.2.1", "2"))).mark())
                .isEqualByComparingTo("13.5");
        // levels 1, 1, 2: 0 + 0 + 1 = 1 → 1.666… → 1.5 (3.33 half-points → 3)
        ProposedMark low = u31.propose(Map.of("1.1.1", at("1.1.1", "1"), "1.1.2", at("1.1.2", "1"), "1.2.1", at("1.2.1", "2")));
        assertThat(low.mark()).isEqualByComparingTo("1.5");
        assertThat(low.exact()).isEqualByComparingTo("1.6667");
    }

    @Test
    void quarter_points_go_up_half_up() {
        // one competency, max 80 points: level 2 = 49 → 20 × 49/80 = 12.25 → 12.5; level 3 = 51 → 12.75 → 13
        ReadinessGrid g = new ReadinessGrid("g", 1, "U31", weights("1.1.1", 1), points("0", "49", "51", "80"), null, null);
        assertThat(g.propose(Map.of("1.1.1", at("1.1.1", "2"))).mark()).isEqualByComparingTo("12.5");
        assertThat(g.propose(Map.of("1.1.1", at("1.1.1", "3"))).mark()).isEqualByComparingTo("13");
        assertThat(g.round(new BigDecimal("12.24"))).isEqualByComparingTo("12");
        assertThat(g.round(new BigDecimal("12.74"))).isEqualByComparingTo("12.5");
        assertThat(g.round(new BigDecimal("20"))).isEqualByComparingTo("20");
        assertThat(g.round(new BigDecimal("0.2499"))).isEqualByComparingTo("0");
    }

    @Test
    void a_competency_without_level_scores_zero_and_is_reported_missing() {
        // 1.1.1 level 4 = 6 of 12 → 10.00; 1.1.2 and 1.2.1 missing
        ProposedMark m = u31.propose(Map.of("1.1.1", at("1.1.1", "4")));
        assertThat(m.mark()).isEqualByComparingTo("10");
        assertThat(m.complete()).isFalse();
        assertThat(m.missing()).containsExactly("1.1.2", "1.2.1");
    }

    @Test
    void unit_readiness_gives_a_mark_for_ccf_units_and_readiness_only_for_u2() {
        Map<String, AggregatedState> states = Map.of("1.1.1", at("1.1.1", "4"), "1.1.2", at("1.1.2", "2"), "2.1.1", at("2.1.1", "3"));
        UnitReadiness r31 = UnitReadiness.of(fw, "U31", states, u31);
        assertThat(r31.ccf()).isTrue();
        assertThat(r31.competencies()).isEqualTo(3);
        assertThat(r31.evaluated()).isEqualTo(2);
        assertThat(r31.proficient()).isEqualTo(1);
        assertThat(r31.shareProficient()).isEqualByComparingTo("33.33");
        assertThat(r31.notProficient()).containsExactly("1.1.2", "1.2.1");
        assertThat(r31.mark()).isNotNull();
        UnitReadiness r2 = UnitReadiness.of(fw, "U2", states, null);
        assertThat(r2.ccf()).isFalse();
        assertThat(r2.mark()).isNull();
        assertThat(r2.markAbsence()).isEqualTo(UnitReadiness.MarkAbsence.NOT_CCF);
        assertThat(r31.markAbsence()).isNull();
        assertThat(UnitReadiness.of(fw, "U32", states, null).markAbsence()).isEqualTo(UnitReadiness.MarkAbsence.NO_GRID);
        assertThat(r2.shareProficient()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> UnitReadiness.of(fw, "U9", states, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_grid_only_weighs_competencies_of_its_ccf_unit() {
        ReadinessGrid bad = new ReadinessGrid("g", 1, "U31", weights("2.1.1", 1), POINTS, null, null);
        assertThatThrownBy(() -> bad.checkAgainst(fw)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("weights.2.1.1");
        ReadinessGrid u2 = new ReadinessGrid("g", 1, "U2", weights("2.1.1", 1), POINTS, null, null);
        assertThatThrownBy(() -> u2.checkAgainst(fw)).isInstanceOf(InvalidInputException.class).hasMessageContaining("CCF");
        assertThatThrownBy(() -> new ReadinessGrid("g", 1, "U31", weights("1.1.1", 0), POINTS, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ReadinessGrid("g", 1, "U31", weights("1.1.1", -1), POINTS, null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_student_never_assessed_on_the_unit_gets_no_mark_non_evaluable_not_zero() {
        // issue 14: before, no level on any weighted competency gave 20 × 0 / 12 = 0/20
        UnitReadiness none = UnitReadiness.of(fw, "U31", Map.of(), u31);
        assertThat(none.mark()).isNull();
        assertThat(none.markAbsence()).isEqualTo(UnitReadiness.MarkAbsence.NOT_EVALUABLE);
        assertThat(none.markAbsence().reason()).startsWith("non évaluable");
        // only NE recorded: the aggregated state has no score, still not evaluable
        AggregatedState ne = AggregationPolicy.last().aggregate("1.1.1", List.of(Fixtures.eval("1.1.1", PeriodCode.P1, "NE", 1)), Fixtures.LSL);
        assertThat(UnitReadiness.of(fw, "U31", Map.of("1.1.1", ne), u31).markAbsence()).isEqualTo(UnitReadiness.MarkAbsence.NOT_EVALUABLE);
        // one level at 1 (0 points) is a real mark of 0/20: the situation took place
        UnitReadiness low = UnitReadiness.of(fw, "U31", Map.of("1.1.1", at("1.1.1", "1")), u31);
        assertThat(low.mark().mark()).isEqualByComparingTo("0");
        assertThat(low.mark().complete()).isFalse();
    }
}
