package fr.agora.adapter.in.rest.school;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cross-tenant matrix over HTTP: every school endpoint, called with every key of school A, on school B's
 * resources. Through A's own path with B's ids, the answer is exactly the answer for an id that does not exist (never
 * a 2xx, and for an admin a 404), so ids cannot be probed; through B's path, 404. B's data is unchanged afterwards.
 */
class CrossTenantApiTest extends SchoolApiTestSupport {

    /** One endpoint: method, path after the UAI (with {c}, {s}, {e} for B's cohort, student, evaluation), body, type. */
    record Endpoint(String method, String path, String body, String contentType) {
        String path(String cohort, String student, String evaluation) {
            return path.replace("{c}", cohort).replace("{s}", student).replace("{e}", evaluation);
        }

        String body(String cohort, String student) {
            return body == null ? null : body.replace("{c}", cohort).replace("{s}", student);
        }
    }

    static final String JSON = "application/json";
    static final String CSV_HEADER = "student_id;competency;criterion;period;date;level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link\n";

    /** Every endpoint that names a cohort, student or evaluation. */
    static final List<Endpoint> BY_ID = List.of(
            new Endpoint("GET", "/cohorts/{c}", null, null),
            new Endpoint("PUT", "/cohorts/{c}/periods", "{\"periods\":[]}", JSON),
            new Endpoint("POST", "/cohorts/{c}/students/import", "INE;NOM;PRENOM;DIVISION\n555555555EE;Intrus;Ian;2NDE\n", "text/csv"),
            new Endpoint("GET", "/cohorts/{c}/coverage", null, null),
            new Endpoint("POST", "/students", "{\"cohortId\":\"{c}\",\"lastName\":\"Intrus\",\"firstName\":\"Ian\"}", JSON),
            new Endpoint("GET", "/students?cohortId={c}", null, null),
            new Endpoint("GET", "/students/{s}", null, null),
            new Endpoint("PUT", "/students/{s}", "{\"lastName\":\"Intrus\",\"firstName\":\"Ian\",\"cohortId\":\"{c}\"}", JSON),
            new Endpoint("PUT", "/students/{s}/placements/P1",
                    "{\"organisation\":\"X\",\"kind\":\"ENTREPRISE\",\"tutorName\":\"T\",\"tutorEmail\":\"tutor@host.fr\"}", JSON),
            new Endpoint("GET", "/students/{s}/placements", null, null),
            new Endpoint("GET", "/students/{s}/placements/P1", null, null),
            new Endpoint("POST", "/evaluations", evaluation("{s}", "1.1.1", "P1", "2024-01-20", "4", "tutor@host.fr", "TUTEUR"), JSON),
            new Endpoint("POST", "/evaluations/bulk", "{\"evaluations\":[" + evaluation("{s}", "1.1.1", "P1", "2024-01-20", "4", "tutor@host.fr", "TUTEUR") + "]}", JSON),
            new Endpoint("POST", "/evaluations/import", CSV_HEADER + "{s};1.1.1;;P1;2024-01-20;4;tutor@host.fr;TUTEUR;;;;\n", "text/csv"),
            new Endpoint("POST", "/students/{s}/evaluations/{e}/corrections", "{\"level\":\"1\"}", JSON),
            new Endpoint("POST", "/students/{s}/evaluations/{e}/validation", "", JSON),
            new Endpoint("GET", "/students/{s}/evaluations", null, null),
            new Endpoint("GET", "/students/{s}/competencies/1.1.1/state", null, null),
            new Endpoint("GET", "/students/{s}/coverage", null, null),
            new Endpoint("GET", "/students/{s}/exam-readiness", null, null),
            new Endpoint("GET", "/students/{s}/export", null, null),
            new Endpoint("DELETE", "/students/{s}", null, null),
            new Endpoint("GET", "/students/{s}/coverage.svg", null, null),
            new Endpoint("GET", "/students/{s}/grid", null, null),
            new Endpoint("GET", "/students/{s}/grid.pdf", null, null),
            new Endpoint("GET", "/cohorts/{c}/coverage.svg", null, null),
            new Endpoint("GET", "/cohorts/{c}/grid", null, null),
            new Endpoint("GET", "/cohorts/{c}/grid.pdf", null, null),
            new Endpoint("GET", "/cohorts/{c}/exports/cohort.xlsx", null, null),
            new Endpoint("GET", "/cohorts/{c}/exports/evaluations.csv", null, null),
            new Endpoint("PUT", "/students/{s}/placements/P1/attendance",
                    "{\"cycleYear\":\"SECONDE\",\"justifiedAbsenceDays\":0,\"unjustifiedAbsenceDays\":0}", JSON),
            new Endpoint("GET", "/students/{s}/pfmp-attestation", null, null),
            new Endpoint("GET", "/students/{s}/pfmp-attestation/pdf", null, null),
            new Endpoint("GET", "/students/{s}/pfmp-allowance", null, null),
            new Endpoint("POST", "/students/{s}/pfmp-allowance/P1/validation", "{\"days\":17,\"amount\":340.00}", JSON),
            new Endpoint("GET", "/cohorts/{c}/pfmp-allowances", null, null),
            new Endpoint("GET", "/cohorts/{c}/pfmp-allowances/csv", null, null),
            new Endpoint("POST", "/students/{s}/tutor-links", "{\"period\":\"P1\",\"validDays\":30}", JSON),
            new Endpoint("GET", "/students/{s}/tutor-links", null, null),
            new Endpoint("POST", "/students/{s}/competencies/1.1.1/badges", "", JSON));

    /** The school-wide endpoints (no id): only reachable through B's path. */
    static final List<Endpoint> SCHOOL_WIDE = List.of(
            new Endpoint("GET", "/cohorts", null, null),
            new Endpoint("POST", "/cohorts", "{\"name\":\"X\",\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\",\"examSessionYear\":2030}", JSON),
            new Endpoint("GET", "/students", null, null),
            new Endpoint("GET", "/scale", null, null),
            new Endpoint("PUT", "/scale", "{\"expectedVersion\":1,\"threshold\":50,\"levels\":[{\"code\":\"A\",\"label\":\"a\",\"value\":0,\"counts\":true},"
                    + "{\"code\":\"B\",\"label\":\"b\",\"value\":100,\"counts\":true}]}", JSON),
            new Endpoint("POST", "/api-keys", "{\"role\":\"SCHOOL_ADMIN\",\"subject\":\"intruder\"}", JSON),
            new Endpoint("DELETE", "/api-keys/0000000000000000", null, null),
            new Endpoint("GET", "/readiness-grids/U31", null, null),
            new Endpoint("PUT", "/readiness-grids/U31", "{\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\","
                    + "\"weights\":{\"1.1.1\":1},\"pointsPerLevel\":{\"1\":0,\"2\":1,\"3\":2,\"4\":3}}", JSON),
            new Endpoint("GET", "/webhooks", null, null),
            new Endpoint("POST", "/webhooks", "{\"url\":\"https://a.example\",\"events\":[\"evaluation.recorded\"]}", JSON));

    /**
     * The TUTOR rows of the role matrix: what the school's own tutor, placed with the student in P1 only, gets from every
     * school operation (the evaluation {e} is a teacher's, in P1). 2xx reads are scoped to P1 (TutorScopeApiTest checks
     * their content); 403 is an operation a tutor may not call at all (docs/access.md).
     */
    static final java.util.Map<String, Integer> TUTOR_ROWS = java.util.Map.ofEntries(
            java.util.Map.entry("GET /cohorts/{c}", 403),
            java.util.Map.entry("PUT /cohorts/{c}/periods", 403),
            java.util.Map.entry("POST /cohorts/{c}/students/import", 403),
            java.util.Map.entry("GET /cohorts/{c}/coverage", 403),
            java.util.Map.entry("POST /students", 403),
            java.util.Map.entry("GET /students?cohortId={c}", 200),
            java.util.Map.entry("GET /students/{s}", 200),
            java.util.Map.entry("PUT /students/{s}", 403),
            java.util.Map.entry("PUT /students/{s}/placements/P1", 403),
            java.util.Map.entry("GET /students/{s}/placements", 200),
            java.util.Map.entry("GET /students/{s}/placements/P1", 200),
            java.util.Map.entry("POST /evaluations", 201),
            java.util.Map.entry("POST /evaluations/bulk", 201),
            java.util.Map.entry("POST /evaluations/import", 201),
            java.util.Map.entry("POST /students/{s}/evaluations/{e}/corrections", 422),
            java.util.Map.entry("POST /students/{s}/evaluations/{e}/validation", 403),
            java.util.Map.entry("GET /students/{s}/evaluations", 200),
            java.util.Map.entry("GET /students/{s}/competencies/1.1.1/state", 200),
            java.util.Map.entry("GET /students/{s}/coverage", 200),
            java.util.Map.entry("GET /students/{s}/exam-readiness", 403),
            java.util.Map.entry("GET /students/{s}/export", 403),
            java.util.Map.entry("DELETE /students/{s}", 403),
            java.util.Map.entry("GET /students/{s}/coverage.svg", 200),
            java.util.Map.entry("GET /students/{s}/grid", 200),
            java.util.Map.entry("GET /students/{s}/grid.pdf", 200),
            java.util.Map.entry("GET /cohorts/{c}/coverage.svg", 403),
            java.util.Map.entry("GET /cohorts/{c}/grid", 403),
            java.util.Map.entry("GET /cohorts/{c}/grid.pdf", 403),
            java.util.Map.entry("GET /cohorts/{c}/exports/cohort.xlsx", 403),
            java.util.Map.entry("GET /cohorts/{c}/exports/evaluations.csv", 403),
            java.util.Map.entry("PUT /students/{s}/placements/P1/attendance", 403),
            java.util.Map.entry("GET /students/{s}/pfmp-attestation", 200),
            java.util.Map.entry("GET /students/{s}/pfmp-attestation/pdf", 200),
            java.util.Map.entry("GET /students/{s}/pfmp-allowance", 403),
            java.util.Map.entry("POST /students/{s}/pfmp-allowance/P1/validation", 403),
            java.util.Map.entry("GET /cohorts/{c}/pfmp-allowances", 403),
            java.util.Map.entry("GET /cohorts/{c}/pfmp-allowances/csv", 403),
            java.util.Map.entry("POST /students/{s}/tutor-links", 403),
            java.util.Map.entry("GET /students/{s}/tutor-links", 403),
            java.util.Map.entry("POST /students/{s}/competencies/1.1.1/badges", 403),
            java.util.Map.entry("GET /cohorts", 403),
            java.util.Map.entry("POST /cohorts", 403),
            java.util.Map.entry("GET /students", 200),
            java.util.Map.entry("GET /scale", 200),
            java.util.Map.entry("PUT /scale", 403),
            java.util.Map.entry("POST /api-keys", 403),
            java.util.Map.entry("DELETE /api-keys/0000000000000000", 403),
            java.util.Map.entry("GET /readiness-grids/U31", 403),
            java.util.Map.entry("PUT /readiness-grids/U31", 403),
            java.util.Map.entry("GET /webhooks", 403),
            java.util.Map.entry("POST /webhooks", 403));

    School a;
    School b;
    String cohortB;
    String studentB;
    String evaluationB;

    @BeforeEach
    void twoSchools() {
        a = newSchool();
        b = newSchool();
        // school A has its own data too, and its tutor is the same person (same e-mail) as B's tutor
        String cohortA = createCohort(a, "A");
        place(a, createStudent(a, cohortA, "999999999ZZ", "Autre", "Ana"), "P1", "tutor@host.fr");
        cohortB = createCohort(b, "B");
        studentB = createStudent(b, cohortB, "123456789AB", "Martin", "Léa");
        place(b, studentB, "P1", "tutor@host.fr");
        evaluationB = post(b.path("/evaluations"), evaluation(studentB, "1.1.1", "P1", "2024-01-20", "2", null, null), auth(b.teacher()))
                .tree().get("ids").get(0).asString();
    }

    @Test
    void school_a_keys_on_school_b_ids_are_answered_as_if_the_ids_did_not_exist() {
        String snapshot = snapshotOfB();
        List<String> failures = new ArrayList<>();
        for (String key : List.of(a.admin(), a.teacher(), a.ent(), a.tutor())) {
            for (Endpoint e : BY_ID) {
                ApiResponse real = call(a, key, e, cohortB, studentB, evaluationB);
                String ghostStudent = UUID.randomUUID().toString();
                ApiResponse ghost = call(a, key, e, UUID.randomUUID().toString(), ghostStudent, UUID.randomUUID().toString());
                String label = roleOf(key) + " " + e.method() + " " + e.path();
                if (real.status() < 400) failures.add(label + " → " + real.status());
                if (real.status() != ghost.status() || !typeOf(real).equals(typeOf(ghost))) {
                    failures.add(label + " → " + real.status() + " " + typeOf(real) + " but a missing id gives " + ghost.status() + " " + typeOf(ghost));
                }
                if (key.equals(a.admin()) && !e.method().equals("POST") && real.status() != 404) {
                    failures.add(label + " (admin) → " + real.status() + ", expected 404");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(snapshotOfB()).isEqualTo(snapshot);
    }

    @Test
    void school_a_keys_on_school_b_paths_are_404_for_every_endpoint() {
        String snapshot = snapshotOfB();
        List<String> failures = new ArrayList<>();
        List<Endpoint> all = new ArrayList<>(BY_ID);
        all.addAll(SCHOOL_WIDE);
        for (String key : List.of(a.admin(), a.teacher(), a.ent(), a.tutor())) {
            for (Endpoint e : all) {
                ApiResponse r = call(b, key, e, cohortB, studentB, evaluationB);
                if (r.status() != 404) failures.add(roleOf(key) + " " + e.method() + " " + e.path() + " → " + r.status());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(snapshotOfB()).isEqualTo(snapshot);
    }

    @Test
    void the_schools_own_tutor_gets_the_answer_of_the_tutor_row_of_every_school_operation() {
        List<Endpoint> all = new ArrayList<>(BY_ID);
        all.addAll(SCHOOL_WIDE);
        List<String> failures = new ArrayList<>();
        for (Endpoint e : all) {
            String row = e.method() + " " + e.path();
            Integer expected = TUTOR_ROWS.get(row);
            if (expected == null) {
                failures.add(row + ": no TUTOR row (add one)");
                continue;
            }
            ApiResponse r = call(b, b.tutor(), e, cohortB, studentB, evaluationB);
            if (r.status() != expected) failures.add(row + " → " + r.status() + ", expected " + expected + " " + r.body());
        }
        assertThat(failures).isEmpty();
        assertThat(TUTOR_ROWS).hasSize(all.size());
    }

    private ApiResponse call(School pathOf, String key, Endpoint e, String cohort, String student, String evaluation) {
        String idem = "matrix-" + UUID.randomUUID();
        return send(e.method(), pathOf.path(e.path(cohort, student, evaluation)), e.body(cohort, student), e.contentType(),
                auth(key, "Idempotency-Key", idem));
    }

    private String roleOf(String key) {
        return key.equals(a.admin()) ? "ADMIN" : key.equals(a.teacher()) ? "TEACHER" : key.equals(a.ent()) ? "ENT" : "TUTOR";
    }

    private static String typeOf(ApiResponse r) {
        return r.body() == null || r.body().isBlank() ? "" : r.tree().path("type").asString("");
    }

    /** Everything of school B, read with B's admin key. */
    private String snapshotOfB() {
        return String.join("\n",
                get(b.path("/cohorts"), auth(b.admin())).body(),
                get(b.path("/students"), auth(b.admin())).body(),
                get(b.path("/students/" + studentB + "/placements"), auth(b.admin())).body(),
                get(b.path("/students/" + studentB + "/evaluations"), auth(b.admin())).body(),
                get(b.path("/scale"), auth(b.admin())).body());
    }
}
