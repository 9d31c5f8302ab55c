package fr.agora.adapter.in.rest.school;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The school API bounded by its columns (issue 12 §3, §5, §10): what the database could not store as sent is a 400
 * naming the field, never a 500 and never a silently rounded value; paging cannot overflow; {@code If-Match} per
 * RFC 9110.
 */
class SchoolBoundsApiTest extends SchoolApiTestSupport {

    @Test
    void strings_longer_than_their_column_are_400s() {
        School s = newSchool();
        var cohort = post(s.path("/cohorts"), "{\"name\":\"" + "n".repeat(101) + "\",\"referentielId\":\"" + REFERENTIEL
                + "\",\"referentielVersion\":\"" + VERSION + "\",\"examSessionYear\":2030}", auth(s.admin()));
        assertThat(cohort.status()).isEqualTo(400);
        assertThat(cohort.tree().get("field").asString()).isEqualTo("name");

        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        var eval = post(s.path("/evaluations"), evaluation(st, "1.1.1", "P1", "2024-01-20", "3", "e".repeat(255), null), auth(s.teacher()));
        assertThat(eval.status()).as(eval.body()).isEqualTo(400);
        assertThat(eval.tree().get("field").asString()).isEqualTo("evaluatorId");
    }

    @Test
    void evaluation_dates_lie_within_the_cohort_and_not_ahead_of_today() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        for (String date : new String[] {"1582-10-10", "0000-01-01", "+10000-01-01", "2099-01-10", "2035-01-10"}) {
            var r = post(s.path("/evaluations"), evaluation(st, "1.1.1", "P1", date, "3", null, null), auth(s.teacher()));
            assertThat(r.status()).as(date + " → " + r.body()).isEqualTo(400);
            assertThat(r.tree().get("field").asString()).as(date).endsWith("date");
        }
        assertThat(post(s.path("/evaluations"), evaluation(st, "1.1.1", "P1", "2024-01-20", "3", null, null), auth(s.teacher())).status())
                .isEqualTo(201);
    }

    @Test
    void nulls_inside_lists_are_400s_naming_the_index() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        var r = post(s.path("/evaluations"), "{\"studentId\":\"" + st + "\",\"competency\":\"1.1.1\",\"period\":\"P1\","
                + "\"date\":\"2024-01-20\",\"level\":\"3\",\"aleas\":[\"1.1.1-A1\",null]}", auth(s.teacher()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("aleas[1]");
        var bulk = post(s.path("/evaluations/bulk"), "{\"evaluations\":[null]}", auth(s.teacher(), "Idempotency-Key", "k-null"));
        assertThat(bulk.status()).isEqualTo(400);
        assertThat(bulk.tree().get("field").asString()).isEqualTo("evaluations[0]");
    }

    @Test
    void grid_values_a_column_would_round_are_refused() {
        School s = newSchool();
        String grid = "{\"referentielId\":\"" + REFERENTIEL + "\",\"referentielVersion\":\"" + VERSION + "\","
                + "\"weights\":{\"1.1.1\":%s},\"pointsPerLevel\":{\"3\":1},\"roundingStep\":%s}";
        for (String[] bad : new String[][] {{"1", "0.0004"}, {"0.123456", "0.5"}, {"1e20", "0.5"}, {"-1", "0.5"}, {"1", "0"}}) {
            var r = send("PUT", s.path("/readiness-grids/U31"), grid.formatted(bad[0], bad[1]), "application/json", auth(s.admin()));
            assertThat(r.status()).as("%s → %s", String.join(", ", bad), r.body()).isEqualTo(400);
        }
    }

    @Test
    void paging_cannot_overflow_the_offset() {
        School s = newSchool();
        assertThat(get(s.path("/cohorts?page=2147483647&size=200"), auth(s.admin())).status()).isEqualTo(400);
        assertThat(get(s.path("/students?page=21474837&size=100"), auth(s.admin())).status()).isEqualTo(400);
        assertThat(get(s.path("/cohorts?page=0&size=0"), auth(s.admin())).status()).isEqualTo(400);
    }

    @Test
    void if_match_star_matches_and_a_weak_tag_never_does() {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        String periods = "{\"periods\":[{\"code\":\"P1\",\"start\":\"2024-01-08\",\"end\":\"2024-02-02\",\"weeks\":4}]}";
        var weak = send("PUT", s.path("/cohorts/" + cohort + "/periods"), periods, "application/json", auth(s.admin(), "If-Match", "W/\"0\""));
        assertThat(weak.status()).isEqualTo(412);
        assertThat(weak.tree().get("type").asString()).isEqualTo("/problems/precondition-failed");
        var star = send("PUT", s.path("/cohorts/" + cohort + "/periods"), periods, "application/json", auth(s.admin(), "If-Match", "*"));
        assertThat(star.status()).as(star.body()).isEqualTo(200);
    }
}
