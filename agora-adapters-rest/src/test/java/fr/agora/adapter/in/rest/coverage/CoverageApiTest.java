package fr.agora.adapter.in.rest.coverage;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Explained aggregation, student and cohort coverage, and exam readiness over HTTP, with computed values. */
class CoverageApiTest extends SchoolApiTestSupport {

    record Fixture(School school, String cohort, String evaluated, String idle) {
    }

    /** Léa: 1.1.1 at level 2 in P1 and 4 in P2 (values 33.33 and 100); Paul: nothing. */
    Fixture fixture() {
        School s = newSchool();
        String cohort = createCohort(s, "2nde AGOrA");
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        String paul = createStudent(s, cohort, null, "Durand", "Paul");
        place(s, lea, "P1", "tutor@host.fr");
        ApiResponse r = post(s.path("/evaluations/bulk"), "{\"evaluations\":[" + evaluation(lea, "1.1.1", "P1", "2024-01-20", "2", null, null) + ","
                + evaluation(lea, "1.1.1", "P2", "2024-05-20", "4", null, null) + "]}", auth(s.teacher(), "Idempotency-Key", "fixture"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Fixture(s, cohort, lea, paul);
    }

    @Test
    void the_aggregated_state_is_explained_and_the_policy_can_be_overridden() {
        Fixture f = fixture();
        String path = f.school().path("/students/" + f.evaluated() + "/competencies/1.1.1/state");

        JsonNode geometric = get(path, auth(f.school().teacher())).tree();
        assertThat(geometric.get("policy").get("kind").asString()).isEqualTo("GEOMETRIC_RECENCY");
        assertThat(geometric.get("score").decimalValue()).isEqualByComparingTo("77.78"); // (33.33×1 + 100×2) / 3
        assertThat(geometric.get("level").asString()).isEqualTo("3");
        assertThat(geometric.get("proficient").asBoolean()).isTrue();
        assertThat(geometric.get("contributions")).hasSize(2);
        assertThat(geometric.get("contributions").get(1).get("weight").decimalValue()).isEqualByComparingTo("2");

        JsonNode mean = get(path + "?policy=mean", auth(f.school().teacher())).tree();
        assertThat(mean.get("score").decimalValue()).isEqualByComparingTo("66.67");
        JsonNode last = get(path + "?policy=LAST", auth(f.school().teacher())).tree();
        assertThat(last.get("score").decimalValue()).isEqualByComparingTo("100");
        assertThat(last.get("level").asString()).isEqualTo("4");

        ApiResponse bad = get(path + "?policy=median", auth(f.school().teacher()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.tree().get("field").asString()).isEqualTo("policy");
        ApiResponse unknown = get(f.school().path("/students/" + f.evaluated() + "/competencies/9.9.9/state"), auth(f.school().teacher()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.tree().get("field").asString()).isEqualTo("competency");
    }

    @Test
    void the_student_coverage_matrix_has_every_competency_by_period() {
        Fixture f = fixture();
        JsonNode m = get(f.school().path("/students/" + f.evaluated() + "/coverage"), auth(f.school().teacher())).tree();
        assertThat(m.get("periods")).hasSize(6);
        assertThat(m.get("cells")).hasSize(37);
        assertThat(m.get("cells").get("1.1.1").get("P1").asString()).isEqualTo("EVALUATED");
        assertThat(m.get("cells").get("1.1.1").get("P2").asString()).isEqualTo("PROFICIENT");
        assertThat(m.get("cells").get("1.1.1").get("P3").asString()).isEqualTo("NOT_EXERCISED");
        assertThat(m.get("overall").get("1.1.1").get("score").decimalValue()).isEqualByComparingTo("77.78");
        assertThat(m.get("neverEvaluated")).hasSize(36);
        assertThat(m.get("blocs").get(0).get("exercised").asInt()).isEqualTo(1);
        assertThat(m.get("blocs").get(0).get("competencies").asInt()).isEqualTo(12);
        assertThat(m.get("atRisk")).isEmpty(); // current period P4: P5 and P6 remain

        JsonNode strict = get(f.school().path("/students/" + f.evaluated() + "/coverage?atRiskThreshold=2"), auth(f.school().teacher())).tree();
        assertThat(strict.get("atRisk")).hasSize(36);
    }

    @Test
    void the_cohort_coverage_counts_students_per_cell_and_lists_those_at_risk() {
        Fixture f = fixture();
        JsonNode c = get(f.school().path("/cohorts/" + f.cohort() + "/coverage?atRiskThreshold=2"), auth(f.school().teacher())).tree();
        assertThat(c.get("students").asInt()).isEqualTo(2);
        JsonNode p2 = c.get("cells").get("1.1.1").get("P2");
        assertThat(p2.get("notExercised").asInt()).isEqualTo(1);
        assertThat(p2.get("evaluated").asInt()).isZero();
        assertThat(p2.get("proficient").asInt()).isEqualTo(1);
        JsonNode p1 = c.get("cells").get("1.1.1").get("P1");
        assertThat(p1.get("evaluated").asInt()).isEqualTo(1);
        assertThat(c.get("cells").get("3.3.4").get("P6").get("notExercised").asInt()).isEqualTo(2);
        assertThat(c.get("atRisk")).hasSize(2);
    }

    @Test
    void exam_readiness_lists_the_three_units_without_a_mark_when_no_grid_exists() {
        Fixture f = fixture();
        JsonNode r = get(f.school().path("/students/" + f.evaluated() + "/exam-readiness"), auth(f.school().teacher())).tree();
        JsonNode units = r.get("units");
        assertThat(units).hasSize(3);
        assertThat(units.get(0).get("unit").asString()).isEqualTo("U31");
        assertThat(units.get(0).get("ccf").asBoolean()).isTrue();
        assertThat(units.get(0).get("evaluated").asInt()).isEqualTo(1);
        assertThat(units.get(0).get("proficient").asInt()).isEqualTo(1);
        assertThat(units.get(1).get("unit").asString()).isEqualTo("U2");
        assertThat(units.get(1).get("evaluated").asInt()).isZero();
        assertThat(units.get(0).has("proposedMark")).isFalse();
        // readiness judges the whole cycle: not for a tutor, who sees only their own periods
        assertThat(get(f.school().path("/students/" + f.evaluated() + "/exam-readiness"), auth(f.school().tutor())).status()).isEqualTo(403);
    }

    @Test
    void with_a_ccf_grid_teachers_see_a_proposed_mark_explained_by_term_and_tutors_never_do() {
        Fixture f = fixture();
        School s = f.school();
        String grid = "{\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\",\"weights\":{\"1.1.1\":2,\"1.1.2\":1,\"1.1.3\":1},"
                + "\"pointsPerLevel\":{\"1\":0,\"2\":1,\"3\":2,\"4\":3}}";
        assertThat(send("PUT", s.path("/readiness-grids/U31"), grid, "application/json", auth(s.teacher())).status()).isEqualTo(403);
        ApiResponse badBloc = send("PUT", s.path("/readiness-grids/U31"), grid.replace("1.1.3", "3.1.1"), "application/json", auth(s.admin()));
        assertThat(badBloc.status()).isEqualTo(400);
        assertThat(badBloc.tree().get("field").asString()).isEqualTo("weights.3.1.1");
        ApiResponse noPoints = send("PUT", s.path("/readiness-grids/U31"), grid.replace(",\"4\":3", ""), "application/json", auth(s.admin()));
        assertThat(noPoints.status()).isEqualTo(400);
        assertThat(noPoints.tree().get("field").asString()).isEqualTo("pointsPerLevel.4");
        assertThat(get(s.path("/readiness-grids/U31"), auth(s.teacher())).status()).isEqualTo(404);

        ApiResponse saved = send("PUT", s.path("/readiness-grids/U31"), grid, "application/json", auth(s.admin()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.tree().get("version").asInt()).isEqualTo(1);
        assertThat(send("PUT", s.path("/readiness-grids/u31"), grid, "application/json", auth(s.admin())).tree().get("version").asInt()).isEqualTo(2);

        // 1.1.1 is at level 3 (77.78, above); 1.1.2 at 2 and 1.1.3 at 3 (one evaluation each)
        post(s.path("/evaluations/bulk"), "{\"evaluations\":[" + evaluation(f.evaluated(), "1.1.2", "P3", "2025-01-20", "2", null, null) + ","
                + evaluation(f.evaluated(), "1.1.3", "P3", "2025-01-21", "3", null, null) + "]}", auth(s.teacher(), "Idempotency-Key", "grid"));
        JsonNode u31 = get(s.path("/students/" + f.evaluated() + "/exam-readiness"), auth(s.teacher())).tree().get("units").get(0);
        JsonNode mark = u31.get("proposedMark");
        // 20 × (2×2 + 1×1 + 1×2) / (4×3) = 11.666… → 11.5 (half-point, half up)
        assertThat(mark.get("mark").decimalValue()).isEqualByComparingTo("11.5");
        assertThat(mark.get("gridVersion").asInt()).isEqualTo(2);
        assertThat(mark.get("terms")).hasSize(3);
        assertThat(mark.get("terms").get(0).get("weightedPoints").decimalValue()).isEqualByComparingTo("4");
        assertThat(mark.get("complete").asBoolean()).isTrue();
        assertThat(get(s.path("/students/" + f.evaluated() + "/exam-readiness"), auth(s.admin())).tree().get("units").get(0).has("proposedMark"))
                .isTrue();

        ApiResponse tutor = get(s.path("/students/" + f.evaluated() + "/exam-readiness"), auth(s.tutor()));
        JsonNode ent = get(s.path("/students/" + f.evaluated() + "/exam-readiness"), auth(s.ent())).tree();
        assertThat(tutor.status()).isEqualTo(403);
        assertThat(tutor.tree().get("type").asString()).isEqualTo("/problems/role-not-allowed");
        assertThat(ent.get("units").get(0).has("proposedMark")).isFalse();
        assertThat(ent.get("units").get(0).get("proficient").asInt()).isEqualTo(2);
        assertThat(get(s.path("/readiness-grids/U31"), auth(s.tutor())).status()).isEqualTo(403);
    }
}
