package fr.agora.adapter.in.rest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The PFMP grid (seed 003) of a student and of a cohort over HTTP, and the non-évaluable CCF mark. */
class GridApiTest extends SchoolApiTestSupport {

    record Fixture(School school, String cohort, String lea, String paul) {
    }

    /** Léa: 2.2.4 mis en œuvre in P3 with its criterion, not assessed (NE); 2.2.1 at 2 then 4 in P2. Paul: nothing. */
    Fixture fixture() {
        School s = newSchool();
        String cohort = createCohort(s, "1re AGOrA");
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        String paul = createStudent(s, cohort, null, "Durand", "Paul");
        place(s, lea, "P3", "tutor@host.fr");
        String ne = evaluation(lea, "2.2.4", "P3", "2025-01-20", "NE", null, null).replace("\"level\"", "\"criterion\":\"2.2.4-G1\",\"level\"");
        ApiResponse r = post(s.path("/evaluations/bulk"), "{\"evaluations\":[" + ne + ","
                + evaluation(lea, "2.2.1", "P2", "2024-05-20", "2", null, null) + ","
                + evaluation(lea, "2.2.1", "P2", "2024-05-21", "4", null, null) + "]}", auth(s.teacher(), "Idempotency-Key", "grid-fixture"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Fixture(s, cohort, lea, paul);
    }

    private static JsonNode competency(JsonNode sheet, String activity, String code) {
        for (JsonNode a : sheet.get("activities")) {
            if (!a.get("code").asString().equals(activity)) continue;
            for (JsonNode c : a.get("competencies")) if (c.get("code").asString().equals(code)) return c;
        }
        throw new AssertionError(code + " not in " + activity);
    }

    @Test
    void a_students_grid_has_the_seed_003_layout_and_a_cell_per_period() {
        Fixture f = fixture();
        ApiResponse r = get(f.school().path("/students/" + f.lea() + "/grid"), auth(f.school().teacher()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode g = r.tree();
        assertThat(g.get("student").get("firstName").asString()).isEqualTo("Léa");
        assertThat(g.get("cohortName").asString()).isEqualTo("1re AGOrA");
        assertThat(g.get("school").asString()).isEqualTo("Lycée " + f.school().uai());
        assertThat(g.get("activities")).hasSize(9);
        assertThat(g.get("periods")).hasSize(6);
        assertThat(g.get("periods").get(2).get("organisation").asString()).isEqualTo("Mutuelle du Centre");
        assertThat(g.get("periods").get(2).get("tutorName").asString()).isEqualTo("Claire Dubois");
        assertThat(g.get("periods").get(2).get("start").asString()).isEqualTo("2025-01-06");

        JsonNode tva = competency(g, "2.2", "2.2.4");
        assertThat(tva.get("cells").get("P3").get("misEnOeuvre").asBoolean()).isTrue();
        assertThat(tva.get("cells").get("P3").has("level")).isFalse(); // NE: mis en œuvre, no level
        assertThat(tva.get("cells").get("P2").get("misEnOeuvre").asBoolean()).isFalse();
        assertThat(tva.get("criteria").get(0).get("id").asString()).isEqualTo("2.2.4-G1");
        assertThat(tva.get("criteria").get(0).get("metIn").get(0).asString()).isEqualTo("P3");
        // 2.2.1 in P2: geometric (33.33 + 2 × 100) / 3 = 77.78 → level 3
        assertThat(competency(g, "2.2", "2.2.1").get("cells").get("P2").get("level").asString()).isEqualTo("3");

        // the coverage agrees: exercised, not "never evaluated"
        JsonNode cov = get(f.school().path("/students/" + f.lea() + "/coverage"), auth(f.school().teacher())).tree();
        assertThat(cov.get("cells").get("2.2.4").get("P3").asString()).isEqualTo("EXERCISED");
        assertThat(cov.get("met").get("2.2.4").get("criteria").get(0).asString()).isEqualTo("2.2.4-G1");
        assertThat(cov.get("neverEvaluated").toString()).doesNotContain("2.2.4");

        // Léa's tutor (placed in P3) sees the P3 column only; a tutor not placed with Paul does not see him
        JsonNode mine = get(f.school().path("/students/" + f.lea() + "/grid"), auth(f.school().tutor())).tree();
        assertThat(mine.get("periods")).hasSize(1);
        assertThat(mine.get("periods").get(0).get("code").asString()).isEqualTo("P3");
        assertThat(competency(mine, "2.2", "2.2.1").get("cells").has("P2")).isFalse();
        assertThat(get(f.school().path("/students/" + f.paul() + "/grid"), auth(f.school().tutor())).status()).isEqualTo(404);
    }

    @Test
    void a_cohorts_grid_holds_every_sheet_and_the_counts_and_is_not_for_tutors() {
        Fixture f = fixture();
        JsonNode c = get(f.school().path("/cohorts/" + f.cohort() + "/grid"), auth(f.school().teacher())).tree();
        assertThat(c.get("students")).hasSize(2);
        assertThat(c.get("counts").get("2.2.4").get("P3").get("misEnOeuvre").asInt()).isEqualTo(1);
        assertThat(c.get("counts").get("2.2.4").get("P3").get("assessed").asInt()).isZero();
        assertThat(c.get("counts").get("2.2.1").get("P2").get("assessed").asInt()).isEqualTo(1);
        assertThat(get(f.school().path("/cohorts/" + f.cohort() + "/grid"), auth(f.school().tutor())).status()).isEqualTo(403);
        assertThat(get(f.school().path("/cohorts/nope/grid"), auth(f.school().teacher())).status()).isEqualTo(404);
    }

    @Test
    void a_student_never_assessed_gets_no_proposed_mark_but_the_reason() {
        Fixture f = fixture();
        School s = f.school();
        String grid = "{\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\",\"weights\":{\"1.1.1\":1,\"1.1.2\":1},"
                + "\"pointsPerLevel\":{\"1\":0,\"2\":1,\"3\":2,\"4\":3}}";
        assertThat(send("PUT", s.path("/readiness-grids/U31"), grid, "application/json", auth(s.admin())).status()).isEqualTo(200);
        JsonNode units = get(s.path("/students/" + f.paul() + "/exam-readiness"), auth(s.teacher())).tree().get("units");
        assertThat(units.get(0).get("unit").asString()).isEqualTo("U31");
        assertThat(units.get(0).has("proposedMark")).isFalse(); // before issue 14: 0/20
        assertThat(units.get(0).get("markAbsence").asString()).isEqualTo("NOT_EVALUABLE");
        assertThat(units.get(0).get("markAbsenceReason").asString()).startsWith("non évaluable");
        assertThat(units.get(1).get("markAbsence").asString()).isEqualTo("NOT_CCF");
        assertThat(units.get(2).get("markAbsence").asString()).isEqualTo("NO_GRID");
    }
}
