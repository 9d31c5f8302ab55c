package fr.agora.domain.grid;

import static fr.agora.domain.assessment.Fixtures.ALICE;
import static fr.agora.domain.assessment.Fixtures.LSL;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.referentiel.Referentiels;
import fr.agora.domain.school.PeriodCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StudentGridTest {

    private static final CompetencyFramework REAL = CompetencyFramework.of(Referentiels.agora2020());
    private static final List<PeriodCode> SIX = List.of(PeriodCode.values());
    private static int seq;

    private static Evaluation obs(String competency, String criterion, PeriodCode p, String level, int day, Set<String> factors) {
        seq++;
        return new Evaluation(new EvaluationId(String.format("g%05d", seq)), ALICE, competency, criterion, p,
                LocalDate.of(2025, 1, 1).plusDays(day), level, 1, "tutor@example.org", EvaluatorRole.TUTEUR, factors, Set.of(),
                null, null, null, "tutor@example.org", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(seq), null);
    }

    @Test
    void the_layout_is_seed_003_activities_competencies_and_pfmp_grid_criteria() {
        GridLayout layout = GridLayout.of(Referentiels.agora2020());
        assertThat(layout.activities()).extracting(GridLayout.GridActivity::code)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3");
        assertThat(layout.competencies()).hasSize(37);
        GridLayout.GridCompetency tva = layout.competencies().stream().filter(c -> c.code().equals("2.2.4")).findFirst().orElseThrow();
        // seed 003, Pôle 2 › 2.2 › 2.2.4: one criterion
        assertThat(tva.criteria()).extracting(GridLayout.GridCriterion::id).containsExactly("2.2.4-G1");
        assertThat(tva.criteria().get(0).text()).isEqualTo("Pertinence et exactitude des éléments retenus pour la déclaration de TVA");
        // seed 003 gives 1.1.1 five criteria and 2.1.4 none
        assertThat(layout.competencies().get(0).criteria()).hasSize(5);
        assertThat(layout.competencies().stream().filter(c -> c.code().equals("2.1.4")).findFirst().orElseThrow().criteria()).isEmpty();
    }

    @Test
    void ne_with_a_criterion_is_mis_en_oeuvre_without_a_level_and_the_criterion_is_met_in_that_period() {
        List<Evaluation> es = List.of(
                obs("2.2.4", "2.2.4-G1", PeriodCode.P3, "NE", 1, Set.of()),
                obs("2.2.1", "2.2.1-G1", PeriodCode.P2, "2", 2, Set.of()),
                obs("2.2.1", null, PeriodCode.P2, "4", 3, Set.of()),
                obs("2.2.1", "2.2.1-G1", PeriodCode.P4, "3", 4, Set.of("CF-x")));
        StudentGrid g = StudentGrid.of(REAL, ALICE, es, LSL, AggregationPolicy.schoolDefault(), SIX);
        GridCell p3 = g.cell("2.2.4", PeriodCode.P3);
        assertThat(p3.misEnOeuvre()).isTrue();
        assertThat(p3.assessed()).isFalse();
        assertThat(p3.levelCode()).isNull();
        assertThat(p3.criteria()).containsExactly("2.2.4-G1");
        assertThat(g.periodsOfCriterion("2.2.4", "2.2.4-G1")).containsExactly(PeriodCode.P3);
        assertThat(g.cell("2.2.4", PeriodCode.P2)).isEqualTo(GridCell.EMPTY);
        // P2 of 2.2.1: geometric over 33.33 (w 1) and 100 (w 2) = 233.33 / 3 = 77.78 → level 3 (band 66.67 ≤ s < 100), proficient
        GridCell p2 = g.cell("2.2.1", PeriodCode.P2);
        assertThat(p2.levelCode()).isEqualTo("3");
        assertThat(p2.proficient()).isTrue();
        assertThat(p2.criteria()).containsExactly("2.2.1-G1");
        // P4: one level 3 → 3; its complexity factor is kept on the cell
        assertThat(g.cell("2.2.1", PeriodCode.P4).levelCode()).isEqualTo("3");
        assertThat(g.cell("2.2.1", PeriodCode.P4).complexityFactors()).containsExactly("CF-x");
        assertThat(g.periodsOfCriterion("2.2.1", "2.2.1-G1")).containsExactly(PeriodCode.P2, PeriodCode.P4);
        assertThat(g.everMisEnOeuvre("2.2.4")).isTrue();
        assertThat(g.everMisEnOeuvre("1.1.1")).isFalse();
        assertThat(g.cells()).hasSize(37);
    }

    @Test
    void a_level_of_an_earlier_period_does_not_leak_into_a_later_cell_and_unplanned_periods_have_no_cell() {
        List<Evaluation> es = List.of(obs("1.1.1", null, PeriodCode.P1, "4", 1, Set.of()), obs("1.1.1", null, PeriodCode.P6, "1", 2, Set.of()));
        StudentGrid g = StudentGrid.of(REAL, ALICE, es, LSL, AggregationPolicy.schoolDefault(), List.of(PeriodCode.P1, PeriodCode.P2));
        assertThat(g.cell("1.1.1", PeriodCode.P1).levelCode()).isEqualTo("4");
        assertThat(g.cell("1.1.1", PeriodCode.P2).misEnOeuvre()).isFalse();
        assertThat(g.cells().get("1.1.1")).containsOnlyKeys(PeriodCode.P1, PeriodCode.P2);
        assertThat(g.cell("1.1.1", PeriodCode.P6)).isEqualTo(GridCell.EMPTY);
    }

    @Test
    void the_cohort_counts_students_mis_en_oeuvre_and_assessed_per_cell() {
        GridLayout layout = GridLayout.of(Referentiels.agora2020());
        StudentGrid a = StudentGrid.of(REAL, ALICE, List.of(obs("2.2.4", "2.2.4-G1", PeriodCode.P3, "NE", 1, Set.of())), LSL,
                AggregationPolicy.last(), SIX);
        StudentGrid b = StudentGrid.of(REAL, ALICE, List.of(obs("2.2.4", null, PeriodCode.P3, "3", 1, Set.of())), LSL,
                AggregationPolicy.last(), SIX);
        fr.agora.domain.school.Cohort cohort = new fr.agora.domain.school.Cohort(new fr.agora.domain.school.CohortId("c"),
                fr.agora.domain.shared.Uai.of("0750001A"), "2nde", "agora-2020", "2020.1", 2027, List.of());
        fr.agora.domain.school.Student st = new fr.agora.domain.school.Student(ALICE, cohort.uai(), cohort.id(), null, "Martin", "Léa");
        CohortGrid cg = CohortGrid.of("Lycée", cohort, layout, SIX, List.of(
                new GridSheet("Lycée", cohort, st, List.of(), layout, a), new GridSheet("Lycée", cohort, st, List.of(), layout, b)));
        assertThat(cg.counts().get("2.2.4").get(PeriodCode.P3)).isEqualTo(new CohortGrid.Counts(2, 1));
        assertThat(cg.counts().get("2.2.4").get(PeriodCode.P2)).isEqualTo(new CohortGrid.Counts(0, 0));
    }
}
