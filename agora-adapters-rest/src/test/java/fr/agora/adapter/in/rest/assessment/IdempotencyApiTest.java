package fr.agora.adapter.in.rest.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idempotency as docs/idempotency.md states it, on the real server: keys scoped to the caller's API key (and the
 * same for its access tokens), a different request under a used key is a 422 naming the header, replays carry
 * {@code Idempotent-Replayed}, keys expire after 24 h, and an erasure forgets the keys that touched the student.
 */
class IdempotencyApiTest extends SchoolApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private static final String CSV_HEADER =
            "student_id;competency;criterion;period;date;level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link\n";

    private static String bulk(String student, String date) {
        return "{\"evaluations\":[" + evaluation(student, "1.1.1", "P1", date, "3", "prof.martin", "ENSEIGNANT") + "]}";
    }

    @Test
    void two_teachers_of_one_school_sending_the_same_key_both_store_and_each_replays_their_own() {
        School s = newSchool();
        String a = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        String teacher2 = issue(s.uai(), s.admin(), "TEACHER", "prof.durand");

        ApiResponse first = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.teacher(), "Idempotency-Key", "lundi"));
        ApiResponse second = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(teacher2, "Idempotency-Key", "lundi"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.tree().get("ids").get(0).asString()).isNotEqualTo(first.tree().get("ids").get(0).asString());
        assertThat(get(s.path("/students/" + a + "/evaluations"), auth(s.admin())).tree().get("items")).as("both stored").hasSize(2);

        ApiResponse again = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(teacher2, "Idempotency-Key", "lundi"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.tree().get("ids")).isEqualTo(second.tree().get("ids"));

        // the caller is the API key: an access token exchanged for it is the same caller, its replay the same answer
        String keyId = s.teacher().substring(4, 20);
        String token = send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_id=" + keyId + "&client_secret="
                + s.teacher().substring(21), "application/x-www-form-urlencoded").tree().get("access_token").asString();
        ApiResponse viaToken = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(token, "Idempotency-Key", "lundi"));
        assertThat(viaToken.status()).as(viaToken.body()).isEqualTo(200);
        assertThat(viaToken.tree().get("ids")).isEqualTo(first.tree().get("ids"));
        assertThat(get(s.path("/students/" + a + "/evaluations"), auth(s.admin())).tree().get("items")).hasSize(2);
    }

    @Test
    void another_request_under_a_used_key_is_a_422_naming_the_header_and_stores_nothing() {
        School s = newSchool();
        String a = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        assertThat(post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "k1")).status()).isEqualTo(201);

        ApiResponse otherBody = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-21"), auth(s.ent(), "Idempotency-Key", "k1"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(otherBody.tree().get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(otherBody.tree().get("field").asString()).isEqualTo("Idempotency-Key");
        // the same evaluation sent to another operation under the key is another request too
        ApiResponse otherOperation = post(s.path("/evaluations"), evaluation(a, "1.1.1", "P1", "2024-01-20", "3", "prof.martin", "ENSEIGNANT"),
                auth(s.ent(), "Idempotency-Key", "k1"));
        assertThat(otherOperation.status()).isEqualTo(422);
        assertThat(get(s.path("/students/" + a + "/evaluations"), auth(s.admin())).tree().get("items")).hasSize(1);
    }

    @Test
    void the_key_is_bounded_and_its_quoted_form_names_the_same_key() {
        School s = newSchool();
        String a = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        ApiResponse first = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"),
                auth(s.ent(), "Idempotency-Key", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        ApiResponse bare = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"),
                auth(s.ent(), "Idempotency-Key", "8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assertThat(bare.status()).isEqualTo(200);

        ApiResponse tooLong = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "k".repeat(101)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.tree().get("field").asString()).isEqualTo("Idempotency-Key");
        ApiResponse escaped = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "\"a\\\"b\""));
        assertThat(escaped.status()).isEqualTo(400);
        ApiResponse missing = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.ent()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(get(s.path("/students/" + a + "/evaluations"), auth(s.admin())).tree().get("items")).hasSize(1);
    }

    @Test
    void after_an_erasure_a_replay_is_a_fresh_request_and_never_returns_the_erased_ids() {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        String a = createStudent(s, cohort, null, "Martin", "Léa");
        String b = createStudent(s, cohort, null, "Durand", "Paul");
        ApiResponse first = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "erase-me"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(post(s.path("/evaluations/bulk"), bulk(b, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "keep-me")).status()).isEqualTo(201);
        assertThat(idempotencyRows(s)).isEqualTo(2);

        assertThat(send("DELETE", s.path("/students/" + a), null, null, auth(s.admin())).status()).isEqualTo(204);
        assertThat(idempotencyRows(s)).as("the erased student's key is gone, the other stays").isEqualTo(1);
        ApiResponse replay = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "erase-me"));
        assertThat(replay.status()).as("executed again: the student no longer exists").isEqualTo(400);
        assertThat(replay.body()).doesNotContain(first.tree().get("ids").get(0).asString());
        assertThat(replay.tree().get("field").asString()).isEqualTo("evaluations[0].studentId");
        assertThat(post(s.path("/evaluations/bulk"), bulk(b, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "keep-me")).status()).isEqualTo(200);
    }

    @Test
    void a_key_older_than_24_hours_has_expired_and_its_request_is_executed_again() {
        School s = newSchool();
        String a = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        ApiResponse first = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "old"));
        assertThat(first.status()).isEqualTo(201);
        // 23 h later: still remembered
        age(s, 23);
        assertThat(post(s.path("/evaluations/bulk"), bulk(a, "2024-01-20"), auth(s.ent(), "Idempotency-Key", "old")).status()).isEqualTo(200);
        // 25 h later: expired, executed again (and another payload would no longer be a 422)
        age(s, 25);
        ApiResponse late = post(s.path("/evaluations/bulk"), bulk(a, "2024-01-21"), auth(s.ent(), "Idempotency-Key", "old"));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(get(s.path("/students/" + a + "/evaluations"), auth(s.admin())).tree().get("items")).hasSize(2);
    }

    @Test
    void csv_cells_are_bounded_by_their_columns_and_refused_with_their_line() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        String csv = CSV_HEADER + st + ";1.1.1;;P1;2024-01-20;3;prof.martin;ENSEIGNANT;;;fine;\n"
                + st + ";1.1.1;;P1;2024-01-21;3;" + "e".repeat(255) + ";ENSEIGNANT;;;" + "c".repeat(2001) + ";\n";
        ApiResponse r = send("POST", s.path("/evaluations/import"), csv, "text/csv", auth(s.ent(), "Idempotency-Key", "csv-long"));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.tree().get("type").asString()).isEqualTo("/problems/invalid-csv");
        assertThat(r.tree().get("field").asString()).isEqualTo("line 3: comment");
        assertThat(r.tree().get("errors")).hasSize(2);
        assertThat(r.tree().get("errors").get(1).get("field").asString()).isEqualTo("evaluator_id");
        assertThat(get(s.path("/students/" + st + "/evaluations"), auth(s.admin())).tree().get("items")).isEmpty();
    }

    @Test
    void a_corrected_date_in_the_future_or_outside_the_training_is_refused() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        ApiResponse rec = post(s.path("/evaluations"), evaluation(st, "1.1.1", "P1", "2024-01-20", "2", null, null), auth(s.teacher()));
        String id = rec.tree().get("ids").get(0).asString();
        for (String date : new String[] {"2999-01-01", "1901-01-01"}) {
            ApiResponse r = post(s.path("/students/" + st + "/evaluations/" + id + "/corrections"),
                    "{\"level\":\"3\",\"date\":\"" + date + "\"}", auth(s.teacher()));
            assertThat(r.status()).as(date + " " + r.body()).isEqualTo(400);
            assertThat(r.tree().get("field").asString()).isEqualTo("date");
        }
        ApiResponse ok = post(s.path("/students/" + st + "/evaluations/" + id + "/corrections"), "{\"level\":\"3\",\"date\":\"2024-01-22\"}",
                auth(s.teacher()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    }

    private int idempotencyRows(School s) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM eval_idempotency WHERE uai = ?", Integer.class, s.uai());
        return n == null ? 0 : n;
    }

    /** Moves the school's idempotency records {@code hours} into the past, as if that much time had gone by. */
    private void age(School s, int hours) {
        jdbc.update("UPDATE eval_idempotency SET created_at = ? WHERE uai = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours), s.uai());
    }
}
