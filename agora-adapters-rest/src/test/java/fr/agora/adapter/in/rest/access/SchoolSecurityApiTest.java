package fr.agora.adapter.in.rest.access;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
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

    @Test
    void an_admin_revokes_a_key_of_its_school_and_the_key_stops_working_at_once() {
        School s = newSchool();
        School other = newSchool();
        String keyId = s.ent().substring(4, 20);
        String token = send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_id=" + keyId + "&client_secret="
                + s.ent().substring(21), "application/x-www-form-urlencoded").tree().get("access_token").asString();
        assertThat(send("DELETE", other.path("/api-keys/" + keyId), null, null, auth(other.admin())).status()).isEqualTo(404);
        assertThat(send("DELETE", s.path("/api-keys/" + keyId), null, null, auth(s.teacher())).status()).isEqualTo(403);
        assertThat(get(s.path("/cohorts"), auth(s.ent())).status()).isEqualTo(200);

        assertThat(send("DELETE", s.path("/api-keys/" + keyId), null, null, auth(s.admin())).status()).isEqualTo(204);
        assertThat(get(s.path("/cohorts"), auth(s.ent())).status()).isEqualTo(401);
        assertThat(get(s.path("/cohorts"), auth(token)).status()).isEqualTo(401);
        assertThat(get(s.path("/cohorts"), auth(s.teacher())).status()).isEqualTo(200);
    }

    @Test
    void an_api_key_is_exchanged_for_a_short_lived_bearer_token_through_the_client_credentials_grant() {
        School s = newSchool();
        String keyId = s.teacher().substring(4, 20);
        String secret = s.teacher().substring(21);
        ApiResponse r = send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_id=" + keyId + "&client_secret=" + secret,
                "application/x-www-form-urlencoded");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).contains("no-store");
        assertThat(r.tree().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(r.tree().get("expires_in").asLong()).isEqualTo(900);
        String access = r.tree().get("access_token").asString();
        assertThat(get(s.path("/cohorts"), auth(access)).status()).isEqualTo(200);

        String basic = java.util.Base64.getEncoder().encodeToString((keyId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(send("POST", "/api/v1/oauth/token", "grant_type=client_credentials", "application/x-www-form-urlencoded",
                "Authorization", "Basic " + basic).status()).isEqualTo(200);

        ApiResponse wrong = send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_id=" + keyId + "&client_secret=" + secret + "x",
                "application/x-www-form-urlencoded");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.tree().get("error").asString()).isEqualTo("invalid_client");
        ApiResponse grant = send("POST", "/api/v1/oauth/token", "grant_type=password&username=a&password=b", "application/x-www-form-urlencoded");
        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.tree().get("error").asString()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void the_openapi_document_declares_the_bearer_scheme_on_school_operations() {
        tools.jackson.databind.JsonNode doc = get("/v3/api-docs").tree();
        assertThat(doc.get("components").get("securitySchemes").get("apiKey").get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("paths").get("/api/v1/establishments/{uai}/cohorts/{cohortId}/coverage").get("get").get("security").get(0).has("apiKey"))
                .isTrue();
        assertThat(doc.get("paths").get("/api/v1/health").get("get").get("security").isEmpty()).as("public: security []").isTrue();
    }
}
