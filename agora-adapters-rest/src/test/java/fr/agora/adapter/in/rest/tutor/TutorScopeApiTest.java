package fr.agora.adapter.in.rest.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a tutor reads, over HTTP, with their API key, with the access token it is exchanged for, and through their
 * link: Léa is placed in P1 and P3 with tutor A ({@code tutor@host.fr}, the school's TUTOR key) and in P2 with tutor B
 * ({@code other@host.fr}) at another host; a teacher and each tutor evaluated and commented on 1.1.1 in P1 and P2.
 * Tutor A reads P1 and P3 only, never the teacher's comments nor anything of P2 (docs/access.md).
 */
class TutorScopeApiTest extends SchoolApiTestSupport {

    static final String TEACHER_P1 = "SECRET-ENSEIGNANT-P1";
    static final String TEACHER_P2 = "SECRET-ENSEIGNANT-P2";
    static final String TUTOR_A_NOTE = "Bon accueil du public";
    static final String TUTOR_B_NOTE = "NOTE-TUTEUR-B-P2";
    static final String HOST_B = "Banque Populaire Sud";

    record Fixture(School s, String cohort, String lea, String tutorB, String teacherP1, String tutorA, String teacherP2) {
    }

    Fixture fixture() {
        School s = newSchool();
        String cohort = createCohort(s, "1re AGOrA");
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        place(s, lea, "P1", "tutor@host.fr");
        place(s, lea, "P3", "tutor@host.fr");
        ApiResponse p2 = send("PUT", s.path("/students/" + lea + "/placements/P2"), "{\"organisation\":\"" + HOST_B
                + "\",\"kind\":\"ENTREPRISE\",\"tutorName\":\"Bruno Vidal\",\"tutorEmail\":\"other@host.fr\"}", "application/json", auth(s.admin()));
        assertThat(p2.status()).as(p2.body()).isEqualTo(200);
        String tutorB = issue(s.uai(), s.admin(), "TUTOR", "other@host.fr");
        // 1.1.1 on the LSL scale (1 = 0, 4 = 100)
        String teacherP1 = one(s, s.teacher(), commented(evaluation(lea, "1.1.1", "P1", "2024-01-20", "4", null, null), TEACHER_P1));
        String tutorA = one(s, s.tutor(), commented(evaluation(lea, "1.1.1", "P1", "2024-01-25", "1", null, null), TUTOR_A_NOTE));
        String teacherP2 = one(s, s.teacher(), commented(evaluation(lea, "1.1.1", "P2", "2024-05-20", "1", null, null), TEACHER_P2));
        one(s, tutorB, commented(evaluation(lea, "1.1.1", "P2", "2024-05-25", "2", null, null), TUTOR_B_NOTE));
        for (String period : List.of("P1", "P2")) {
            ApiResponse a = send("PUT", s.path("/students/" + lea + "/placements/" + period + "/attendance"),
                    "{\"cycleYear\":\"SECONDE\",\"justifiedAbsenceDays\":0,\"unjustifiedAbsenceDays\":" + ("P1".equals(period) ? 0 : 5) + "}",
                    "application/json", auth(s.admin()));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        }
        return new Fixture(s, cohort, lea, tutorB, teacherP1, tutorA, teacherP2);
    }

    static String commented(String evaluationJson, String comment) {
        return evaluationJson.substring(0, evaluationJson.length() - 1) + ",\"comment\":\"" + comment + "\"}";
    }

    String one(School s, String key, String body) {
        ApiResponse r = post(s.path("/evaluations"), body, auth(key));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.tree().get("ids").get(0).asString();
    }

    String token(String apiKey) {
        ApiResponse r = send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_secret="
                + URLEncoder.encode(apiKey, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.tree().get("access_token").asString();
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.path(field).isNull() || n.path(field).isMissingNode() ? null : n.get(field).asString());
        return out;
    }

    @Test
    void tutor_a_reads_their_periods_only_without_the_teachers_comments_with_a_key_and_with_a_token() {
        Fixture f = fixture();
        for (String credential : List.of(f.s().tutor(), token(f.s().tutor()))) {
            ApiResponse history = get(f.s().path("/students/" + f.lea() + "/evaluations"), auth(credential));
            assertThat(history.status()).as(history.body()).isEqualTo(200);
            assertThat(texts(history.tree(), "id")).containsExactly(f.teacherP1(), f.tutorA());
            assertThat(texts(history.tree(), "period")).containsOnly("P1");
            assertThat(texts(history.tree(), "comment")).containsExactly(null, TUTOR_A_NOTE);
            assertThat(history.body()).doesNotContain(TEACHER_P1, TEACHER_P2, TUTOR_B_NOTE);
        }
        // the teacher reads everything
        ApiResponse all = get(f.s().path("/students/" + f.lea() + "/evaluations"), auth(f.s().teacher()));
        assertThat(texts(all.tree(), "comment")).containsExactly(TEACHER_P1, TUTOR_A_NOTE, TEACHER_P2, TUTOR_B_NOTE);
    }

    @Test
    void tutor_a_s_state_coverage_and_heatmap_are_computed_over_p1_and_p3_only() {
        Fixture f = fixture();
        JsonNode state = get(f.s().path("/students/" + f.lea() + "/competencies/1.1.1/state?policy=mean"), auth(f.s().tutor())).tree();
        // P1 only: (100 + 0) / 2 = 50.00; the teacher's mean of all four is (100 + 0 + 0 + 33.33) / 4 = 33.3325 → 33.33
        assertThat(state.get("score").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(texts(state.get("contributions"), "period")).containsOnly("P1");
        JsonNode teacherState = get(f.s().path("/students/" + f.lea() + "/competencies/1.1.1/state?policy=mean"), auth(f.s().teacher())).tree();
        assertThat(teacherState.get("score").decimalValue()).isEqualByComparingTo("33.33");

        JsonNode coverage = get(f.s().path("/students/" + f.lea() + "/coverage?policy=mean"), auth(f.s().tutor())).tree();
        assertThat(coverage.get("periods").toString()).isEqualTo("[\"P1\",\"P3\"]");
        assertThat(coverage.get("cells").get("1.1.1").toString()).contains("\"P1\"", "\"P3\"").doesNotContain("\"P2\"");
        assertThat(coverage.get("overall").get("1.1.1").get("score").decimalValue()).isEqualByComparingTo("50.00");

        ApiResponse svg = get(f.s().path("/students/" + f.lea() + "/coverage.svg"), auth(f.s().tutor()));
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).contains("data-period=\"P1\"", "data-period=\"P3\"").doesNotContain("data-period=\"P2\"")
                .doesNotContain(TEACHER_P1, TEACHER_P2, TUTOR_B_NOTE);
    }

    @Test
    void tutor_a_s_grid_json_and_pdf_placements_and_attestation_hold_p1_and_p3_only() throws Exception {
        Fixture f = fixture();
        JsonNode grid = get(f.s().path("/students/" + f.lea() + "/grid"), auth(f.s().tutor())).tree();
        assertThat(texts(grid.get("periods"), "code")).containsExactly("P1", "P3");
        assertThat(grid.toString()).doesNotContain(HOST_B, "Bruno Vidal");

        byte[] pdf = bytes(f.s().path("/students/" + f.lea() + "/grid.pdf"), f.s().tutor());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Mutuelle du Centre").doesNotContain(HOST_B, "Bruno Vidal", TEACHER_P1, TEACHER_P2);
        }

        JsonNode placements = get(f.s().path("/students/" + f.lea() + "/placements"), auth(f.s().tutor())).tree();
        assertThat(texts(placements, "period")).containsExactly("P1", "P3");
        assertThat(get(f.s().path("/students/" + f.lea() + "/placements/P2"), auth(f.s().tutor())).status()).isEqualTo(404);
        assertThat(get(f.s().path("/students/" + f.lea() + "/placements/P2"), auth(f.s().teacher())).status()).isEqualTo(200);

        JsonNode attestation = get(f.s().path("/students/" + f.lea() + "/pfmp-attestation"), auth(f.s().tutor())).tree();
        assertThat(texts(attestation.get("periods"), "period")).containsExactly("P1", "P3");
        // P1: 20 days planned (4 weeks), none absent; P2's 5 absences are not theirs to see
        assertThat(attestation.get("daysDone").asInt()).isEqualTo(20);
        assertThat(attestation.toString()).doesNotContain(HOST_B);
        JsonNode teacherAttestation = get(f.s().path("/students/" + f.lea() + "/pfmp-attestation"), auth(f.s().teacher())).tree();
        JsonNode p2 = teacherAttestation.get("periods").get(1);
        assertThat(p2.get("period").asString()).isEqualTo("P2");
        assertThat(p2.get("daysDone").asInt()).isEqualTo(p2.get("plannedDays").asInt() - 5);
        assertThat(teacherAttestation.get("daysDone").asInt()).isEqualTo(20 + p2.get("daysDone").asInt());
        try (PDDocument doc = Loader.loadPDF(bytes(f.s().path("/students/" + f.lea() + "/pfmp-attestation/pdf"), f.s().tutor()))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Mutuelle du Centre").doesNotContain(HOST_B);
        }
    }

    @Test
    void tutor_b_reads_p2_only_and_neither_tutor_corrects_a_record_of_the_others_period() {
        Fixture f = fixture();
        ApiResponse history = get(f.s().path("/students/" + f.lea() + "/evaluations"), auth(f.tutorB()));
        assertThat(texts(history.tree(), "period")).containsOnly("P2");
        assertThat(texts(history.tree(), "comment")).containsExactly(null, TUTOR_B_NOTE);
        assertThat(history.body()).doesNotContain(TEACHER_P2, TEACHER_P1, TUTOR_A_NOTE);
        assertThat(get(f.s().path("/students/" + f.lea() + "/coverage"), auth(f.tutorB())).tree().get("periods").toString()).isEqualTo("[\"P2\"]");

        ApiResponse across = post(f.s().path("/students/" + f.lea() + "/evaluations/" + f.tutorA() + "/corrections"), "{\"level\":\"3\"}", auth(f.tutorB()));
        assertThat(across.status()).isEqualTo(404);
        assertThat(across.tree().get("type").asString()).isEqualTo("/problems/evaluation-not-found");
        ApiResponse teachers = post(f.s().path("/students/" + f.lea() + "/evaluations/" + f.teacherP2() + "/corrections"), "{\"level\":\"3\"}",
                auth(f.s().tutor()));
        assertThat(teachers.status()).isEqualTo(404);

        // a teacher's correction rewriting tutor A's comment: tutor A sees the new level, not the teacher's words
        ApiResponse fix = post(f.s().path("/students/" + f.lea() + "/evaluations/" + f.tutorA() + "/corrections"),
                "{\"level\":\"2\",\"comment\":\"SECRET-CORRECTION\"}", auth(f.s().teacher()));
        assertThat(fix.status()).as(fix.body()).isEqualTo(201);
        ApiResponse after = get(f.s().path("/students/" + f.lea() + "/evaluations"), auth(f.s().tutor()));
        assertThat(after.body()).doesNotContain("SECRET-CORRECTION").contains(TUTOR_A_NOTE, fix.tree().get("id").asString());
    }

    @Test
    void through_the_link_the_page_shows_the_link_s_own_period_and_closes_when_the_placement_goes_to_another_tutor() {
        Fixture f = fixture();
        ApiResponse link = post(f.s().path("/students/" + f.lea() + "/tutor-links"), "{\"period\":\"P1\",\"validDays\":30}", auth(f.s().teacher()));
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        String page = "/tuteur/" + link.tree().get("token").asString();
        ApiResponse open = get(page);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).contains("Mutuelle du Centre").doesNotContain(HOST_B, "Bruno Vidal", TEACHER_P1, TEACHER_P2, TUTOR_B_NOTE);

        // P1 handed to another tutor: tutor A is still placed with Léa in P3, but their P1 link no longer opens
        place(f.s(), f.lea(), "P1", "new@host.fr");
        assertThat(get(page).status()).isEqualTo(404);
        assertThat(get(f.s().path("/students/" + f.lea() + "/evaluations"), auth(f.s().tutor())).tree()).isEmpty();
    }

    @Test
    void what_a_tutor_may_not_call_at_all_is_403() {
        Fixture f = fixture();
        String s = "/students/" + f.lea();
        String c = "/cohorts/" + f.cohort();
        for (String path : List.of(s + "/exam-readiness", s + "/export", s + "/pfmp-allowance", s + "/tutor-links", c, c + "/coverage",
                c + "/coverage.svg", c + "/grid", c + "/grid.pdf", c + "/exports/cohort.xlsx", c + "/exports/evaluations.csv",
                c + "/pfmp-allowances", c + "/pfmp-allowances/csv", "/cohorts", "/webhooks", "/readiness-grids/U31")) {
            ApiResponse r = get(f.s().path(path), auth(f.s().tutor()));
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(403);
        }
        assertThat(send("DELETE", f.s().path(s), null, null, auth(f.s().tutor())).status()).isEqualTo(403);
        assertThat(get(f.s().path(s + "/evaluations"), auth(f.s().admin())).tree()).hasSize(4);
    }

    private byte[] bytes(String path, String key) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + key)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
