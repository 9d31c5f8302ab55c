package fr.agora.adapter.in.rest.school;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** RGPD over HTTP: a student's export, and erasure that leaves an audit record without personal data. */
class StudentPrivacyApiTest extends SchoolApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_exports_everything_held_on_a_student_superseded_records_included() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "C"), "123456789AB", "Martin", "Léa");
        place(s, st, "P1", "tutor@host.fr");
        String id = post(s.path("/evaluations"), evaluation(st, "1.1.1", "P1", "2024-01-20", "2", null, null), auth(s.teacher()))
                .tree().get("ids").get(0).asString();
        post(s.path("/students/" + st + "/evaluations/" + id + "/corrections"), "{\"level\":\"3\"}", auth(s.teacher()));

        ApiResponse r = get(s.path("/students/" + st + "/export"), auth(s.admin()));
        assertThat(r.status()).isEqualTo(200);
        JsonNode e = r.tree();
        assertThat(e.get("student").get("ine").asString()).isEqualTo("123456789AB");
        assertThat(e.get("student").get("lastName").asString()).isEqualTo("Martin");
        assertThat(e.get("placements")).hasSize(1);
        assertThat(e.get("evaluations")).hasSize(2);

        assertThat(get(s.path("/students/" + st + "/export"), auth(s.teacher())).status()).isEqualTo(403);
    }

    @Test
    void erasing_a_student_removes_everything_and_audits_without_personal_data() {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        String st = createStudent(s, cohort, "123456789AB", "Martin", "Léa");
        String kept = createStudent(s, cohort, null, "Durand", "Paul");
        post(s.path("/evaluations"), evaluation(st, "1.1.1", "P1", "2024-01-20", "2", null, null), auth(s.teacher()));

        assertThat(send("DELETE", s.path("/students/" + st), null, null, auth(s.teacher())).status()).isEqualTo(403);
        assertThat(send("DELETE", s.path("/students/" + st), null, null, auth(s.admin())).status()).isEqualTo(204);
        assertThat(get(s.path("/students/" + st), auth(s.admin())).status()).isEqualTo(404);
        assertThat(get(s.path("/students/" + st + "/evaluations"), auth(s.admin())).status()).isEqualTo(404);
        assertThat(get(s.path("/students/" + kept), auth(s.admin())).status()).isEqualTo(200);
        assertThat(send("DELETE", s.path("/students/" + st), null, null, auth(s.admin())).status()).isEqualTo(404);

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT * FROM eval_audit WHERE uai = ?", s.uai());
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("action")).isEqualTo("STUDENT_ERASED");
        assertThat(audit.get(0).get("actor_role")).isEqualTo("SCHOOL_ADMIN");
        assertThat(audit.get(0).values().toString()).doesNotContain(st, "Martin", "123456789AB", "Léa");
    }
}
