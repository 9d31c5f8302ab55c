package fr.agora.adapter.in.rest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Authentication (API keys) and authorisation (roles) of the school endpoints. */
class SchoolSecurityApiTest extends SchoolApiTestSupport {

    @Test
    void without_a_key_every_school_endpoint_is_401_with_a_bearer_challenge() {
        School s = newSchool();
        ApiResponse r = get(s.path("/cohorts"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("type").asString()).isEqualTo("/problems/unauthenticated");

        ApiResponse wrongSecret = get(s.path("/cohorts"), auth(s.admin().substring(0, s.admin().length() - 4) + "AAAA"));
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(get(s.path("/cohorts"), "Authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l").status()).isEqualTo(401);
        assertThat(get(s.path("/cohorts"), auth("agk_0000000000000000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).status()).isEqualTo(401);
    }

    @Test
    void public_endpoints_stay_public() {
        assertThat(get("/api/v1/health").status()).isEqualTo(200);
    }

    @Test
    void a_malformed_uai_is_400_naming_it() {
        School s = newSchool();
        ApiResponse r = get("/api/v1/establishments/12345/cohorts", auth(s.admin()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("uai");
    }

    @Test
    void a_role_that_may_not_do_something_is_403() {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        ApiResponse tutorCreates = post(s.path("/cohorts"), "{\"name\":\"X\",\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\","
                + "\"examSessionYear\":2030}", auth(s.tutor()));
        assertThat(tutorCreates.status()).isEqualTo(403);
        assertThat(tutorCreates.tree().get("type").asString()).isEqualTo("/problems/role-not-allowed");
        assertThat(get(s.path("/cohorts/" + cohort + "/coverage"), auth(s.tutor())).status()).isEqualTo(403);
        assertThat(post(s.path("/api-keys"), "{\"role\":\"SCHOOL_ADMIN\",\"subject\":\"me\"}", auth(s.teacher())).status()).isEqualTo(403);
        assertThat(send("PUT", s.path("/scale"), "{\"expectedVersion\":1,\"threshold\":50,\"levels\":[{\"code\":\"A\",\"label\":\"a\",\"value\":0,"
                + "\"counts\":true},{\"code\":\"B\",\"label\":\"b\",\"value\":100,\"counts\":true}]}", "application/json", auth(s.teacher())).status())
                .isEqualTo(403);
    }

    @Test
    void an_issued_key_authenticates_with_its_role_and_a_tutor_key_needs_an_email() {
        School s = newSchool();
        String ent = issue(s.uai(), s.admin(), "ENT_INTEGRATION", "pronote-sync");
        assertThat(get(s.path("/cohorts"), auth(ent)).status()).isEqualTo(200);
        ApiResponse badTutor = post(s.path("/api-keys"), "{\"role\":\"TUTOR\",\"subject\":\"not-an-email\"}", auth(s.admin()));
        assertThat(badTutor.status()).isEqualTo(400);
        assertThat(badTutor.tree().get("field").asString()).isEqualTo("subject");
        ApiResponse badRole = post(s.path("/api-keys"), "{\"role\":\"ROOT\",\"subject\":\"x\"}", auth(s.admin()));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.tree().get("field").asString()).isEqualTo("role");
    }
}
