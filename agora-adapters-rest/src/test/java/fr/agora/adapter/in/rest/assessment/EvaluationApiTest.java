package fr.agora.adapter.in.rest.assessment;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Scale, recording (single, bulk, CSV), corrections, validation, history and the tutor rule over HTTP. */
class EvaluationApiTest extends SchoolApiTestSupport {

    @Test
    void the_scale_defaults_to_the_lsl_four_degrees_and_a_revision_appends_a_version() {
        School s = newSchool();
        JsonNode v1 = get(s.path("/scale"), auth(s.teacher())).tree();
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("levels")).hasSize(5);
        assertThat(v1.get("levels").get(2).get("code").asString()).isEqualTo("3");
        assertThat(v1.get("levels").get(2).get("value").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(v1.get("levels").get(4).get("counts").asBoolean()).isFalse();

        String body = "{\"expectedVersion\":1,\"threshold\":50,\"levels\":[{\"code\":\"D\",\"label\":\"débutant\",\"value\":0,\"counts\":true},"
                + "{\"code\":\"C\",\"label\":\"confirmé\",\"value\":60,\"counts\":true},{\"code\":\"E\",\"label\":\"expert\",\"value\":100,\"counts\":true},"
                + "{\"code\":\"ABS\",\"label\":\"absent\",\"counts\":false}]}";
        ApiResponse v2 = send("PUT", s.path("/scale"), body, "application/json", auth(s.admin()));
        assertThat(v2.status()).as(v2.body()).isEqualTo(200);
        assertThat(v2.tree().get("version").asInt()).isEqualTo(2);
        ApiResponse stale = send("PUT", s.path("/scale"), body, "application/json", auth(s.admin()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.tree().get("type").asString()).isEqualTo("/problems/stale-scale-version");
        assertThat(get(s.path("/scale"), auth(s.tutor())).tree().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void a_teacher_records_one_evaluation_under_their_own_id_and_it_appears_in_the_history() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        ApiResponse r = post(s.path("/evaluations"), "{\"studentId\":\"" + st + "\",\"competency\":\"1.1.1\",\"criterion\":\"1.1.1-M1\","
                + "\"period\":\"P1\",\"date\":\"2024-01-20\",\"level\":\"3\",\"complexityFactors\":[\"1.1.1-F1\"],\"aleas\":[\"1.1.1-A2\"],"
                + "\"evaluatorId\":\"someone-else\",\"comment\":\"Accueil téléphonique\"}", auth(s.teacher()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.tree().get("ids").get(0).asString();

        JsonNode h = get(s.path("/students/" + st + "/evaluations"), auth(s.teacher())).tree().get("items");
        assertThat(h).hasSize(1);
        assertThat(h.get(0).get("id").asString()).isEqualTo(id);
        assertThat(h.get(0).get("evaluatorId").asString()).isEqualTo("prof.martin");
        assertThat(h.get(0).get("evaluatorRole").asString()).isEqualTo("ENSEIGNANT");
        assertThat(h.get(0).get("criterion").asString()).isEqualTo("1.1.1-M1");
        assertThat(h.get(0).get("complexityFactors").get(0).asString()).isEqualTo("1.1.1-F1");
        assertThat(h.get(0).get("scaleVersion").asInt()).isEqualTo(1);
    }

    @Test
    void an_unknown_code_or_a_missing_field_is_400_naming_it_and_nothing_is_stored() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        ApiResponse unknown = post(s.path("/evaluations/bulk"), "{\"evaluations\":[" + evaluation(st, "1.1.1", "P1", "2024-01-20", "3", null, null)
                + "," + evaluation(st, "9.9.9", "P1", "2024-01-20", "3", null, null) + "]}", auth(s.teacher(), "Idempotency-Key", "k-unknown"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.tree().get("field").asString()).isEqualTo("evaluations[1].competency");
        assertThat(unknown.tree().get("value").asString()).isEqualTo("9.9.9");

        ApiResponse missing = post(s.path("/evaluations/bulk"), "{\"evaluations\":[{\"studentId\":\"" + st + "\",\"competency\":\"1.1.1\","
                + "\"period\":\"P1\",\"date\":\"2024-01-20\"}]}", auth(s.teacher(), "Idempotency-Key", "k-missing"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.tree().get("field").asString()).isEqualTo("evaluations[0].level");

        ApiResponse noKey = post(s.path("/evaluations/bulk"), "{\"evaluations\":[" + evaluation(st, "1.1.1", "P1", "2024-01-20", "3", null, null)
                + "]}", auth(s.teacher()));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(get(s.path("/students/" + st + "/evaluations"), auth(s.teacher())).tree().get("items")).isEmpty();
    }

    @Test
    void a_bulk_request_replayed_with_the_same_key_returns_the_first_answer_and_stores_one_set() {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        String a = createStudent(s, cohort, null, "Martin", "Léa");
        String b = createStudent(s, cohort, null, "Durand", "Paul");
        place(s, a, "P1", "tutor@host.fr");
        String body = "{\"evaluations\":[" + evaluation(a, "1.1.1", "P1", "2024-01-20", "3", "tutor@host.fr", "TUTEUR") + ","
                + evaluation(a, "1.1.2", "P1", "2024-01-20", "2", "prof.martin", "ENSEIGNANT") + ","
                + evaluation(b, "1.1.1", "P1", "2024-01-21", "4", "prof.martin", "ENSEIGNANT") + "]}";

        ApiResponse first = post(s.path("/evaluations/bulk"), body, auth(s.ent(), "Idempotency-Key", "ent-2024-P1"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.tree().get("replayed").asBoolean()).isFalse();
        ApiResponse second = post(s.path("/evaluations/bulk"), body, auth(s.ent(), "Idempotency-Key", "ent-2024-P1"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.tree().get("replayed").asBoolean()).isTrue();
        assertThat(second.tree().get("ids")).isEqualTo(first.tree().get("ids"));
        assertThat(get(s.path("/students/" + a + "/evaluations"), auth(s.admin())).tree().get("items")).hasSize(2);
        assertThat(get(s.path("/students/" + b + "/evaluations"), auth(s.admin())).tree().get("items")).hasSize(1);

        ApiResponse reused = post(s.path("/evaluations/bulk"), body.replace("2024-01-21", "2024-01-22"), auth(s.ent(), "Idempotency-Key", "ent-2024-P1"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.tree().get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(reused.tree().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(get(s.path("/students/" + b + "/evaluations"), auth(s.admin())).tree().get("items")).hasSize(1);
    }

    @Test
    void a_csv_import_is_all_or_nothing_with_errors_by_line_and_idempotent() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        String header = "student_id;competency;criterion;period;date;level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link\n";
        String bad = header + st + ";1.1.1;;P1;2024-01-20;3;prof.martin;ENSEIGNANT;;;;\n"
                + st + ";1.1.1;;P1;2024-01-21;7;prof.martin;ENSEIGNANT;;;;\n";
        ApiResponse rejected = send("POST", s.path("/evaluations/import"), bad, "text/csv", auth(s.ent(), "Idempotency-Key", "csv-1"));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.tree().get("type").asString()).isEqualTo("/problems/invalid-csv");
        assertThat(rejected.tree().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(rejected.tree().get("errors").get(0).get("field").asString()).isEqualTo("level");
        assertThat(get(s.path("/students/" + st + "/evaluations"), auth(s.admin())).tree().get("items")).isEmpty();

        String good = header + st + ";1.1.1;1.1.1-M1;P1;2024-01-20;3;prof.martin;ENSEIGNANT;1.1.1-F1|1.1.1-F2;;;\n"
                + st + ";1.2.1;;P2;2024-05-20;4;prof.martin;JURY;;;;https://ent.example/preuve/1\n";
        ApiResponse ok = send("POST", s.path("/evaluations/import"), good, "text/csv", auth(s.ent(), "Idempotency-Key", "csv-2"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.tree().get("ids")).hasSize(2);
        ApiResponse again = send("POST", s.path("/evaluations/import"), good, "text/csv", auth(s.ent(), "Idempotency-Key", "csv-2"));
        assertThat(again.tree().get("replayed").asBoolean()).isTrue();
        JsonNode h = get(s.path("/students/" + st + "/evaluations"), auth(s.admin())).tree().get("items");
        assertThat(h).hasSize(2);
        assertThat(h.get(0).get("complexityFactors")).hasSize(2);
        assertThat(h.get(1).get("evidenceLink").asString()).isEqualTo("https://ent.example/preuve/1");
    }

    @Test
    void a_correction_supersedes_and_a_teacher_validates_while_a_tutor_may_not() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        place(s, st, "P1", "tutor@host.fr");
        String id = post(s.path("/evaluations"), evaluation(st, "1.1.1", "P1", "2024-01-20", "2", null, null), auth(s.tutor()))
                .tree().get("ids").get(0).asString();

        ApiResponse fix = post(s.path("/students/" + st + "/evaluations/" + id + "/corrections"),
                "{\"level\":\"3\",\"comment\":\"relu avec le tuteur\"}", auth(s.tutor()));
        assertThat(fix.status()).as(fix.body()).isEqualTo(201);
        assertThat(fix.tree().get("supersedes").asString()).isEqualTo(id);
        assertThat(fix.tree().get("level").asString()).isEqualTo("3");
        assertThat(fix.tree().get("recordedBy").asString()).isEqualTo("tutor@host.fr");
        ApiResponse twice = post(s.path("/students/" + st + "/evaluations/" + id + "/corrections"), "{\"level\":\"4\"}", auth(s.teacher()));
        assertThat(twice.status()).isEqualTo(409);

        String fixId = fix.tree().get("id").asString();
        ApiResponse tutorValidates = post(s.path("/students/" + st + "/evaluations/" + fixId + "/validation"), "", auth(s.tutor()));
        assertThat(tutorValidates.status()).isEqualTo(403);
        ApiResponse validated = post(s.path("/students/" + st + "/evaluations/" + fixId + "/validation"), "", auth(s.teacher()));
        assertThat(validated.status()).isEqualTo(201);
        assertThat(validated.tree().get("validatedBy").asString()).isEqualTo("prof.martin");

        JsonNode h = get(s.path("/students/" + st + "/evaluations?competency=1.1.1"), auth(s.teacher())).tree().get("items");
        assertThat(h).hasSize(3);
    }

    @Test
    void a_tutor_evaluates_only_the_students_placed_with_them_in_that_period() {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        String mine = createStudent(s, cohort, null, "Martin", "Léa");
        String other = createStudent(s, cohort, null, "Durand", "Paul");
        place(s, mine, "P1", "tutor@host.fr");
        place(s, other, "P1", "someone@else.fr");

        assertThat(post(s.path("/evaluations"), evaluation(mine, "1.1.1", "P1", "2024-01-20", "3", null, null), auth(s.tutor())).status())
                .isEqualTo(201);
        ApiResponse wrongPeriod = post(s.path("/evaluations"), evaluation(mine, "1.1.1", "P2", "2024-05-20", "3", null, null), auth(s.tutor()));
        assertThat(wrongPeriod.status()).isEqualTo(422);
        assertThat(wrongPeriod.tree().get("type").asString()).isEqualTo("/problems/tutor-not-placed");
        ApiResponse notMine = post(s.path("/evaluations"), evaluation(other, "1.1.1", "P1", "2024-01-20", "3", null, null), auth(s.tutor()));
        assertThat(notMine.status()).isEqualTo(400);
        assertThat(notMine.tree().get("type").asString()).isEqualTo("/problems/unknown-student");
        assertThat(get(s.path("/students/" + other), auth(s.tutor())).status()).isEqualTo(404);
        assertThat(get(s.path("/students/" + mine), auth(s.tutor())).status()).isEqualTo(200);
        JsonNode listed = get(s.path("/students"), auth(s.tutor())).tree();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(mine);
        assertThat(get(s.path("/students/" + other + "/evaluations"), auth(s.admin())).tree().get("items")).isEmpty();
    }
}
