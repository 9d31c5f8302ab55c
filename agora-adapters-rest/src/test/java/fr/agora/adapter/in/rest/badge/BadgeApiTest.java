package fr.agora.adapter.in.rest.badge;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.interop.casev1p1.NameBasedUuid;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue → verify (a separate verifier on Nimbus, fetching the served JWK Set and status list) → revoke → the same
 * verification fails; refusals when the competency is not reached or rests on an unvalidated tutor evaluation.
 */
class BadgeApiTest extends SchoolApiTestSupport {

    private final OpenBadgeVerifier verifier = new OpenBadgeVerifier();

    @Test
    void an_issued_badge_verifies_until_it_is_revoked() throws Exception {
        School s = newSchool();
        String lea = createStudent(s, createCohort(s, "Terminale AGOrA"), null, "Martin", "Léa");
        record(s, lea, "1.1.1", "4");

        ApiResponse issued = post(s.path("/students/" + lea + "/competencies/1.1.1/badges"), "", auth(s.teacher()));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode badge = issued.tree();
        // Location names the badge's record; the record is readable by a teacher, never by a tutor, and has no credential
        assertThat(issued.header("Location")).isEqualTo(s.path("/badges/" + badge.get("id").asString()));
        ApiResponse record = get(issued.header("Location"), auth(s.teacher()));
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        assertThat(record.tree().get("competencyCode").asString()).isEqualTo("1.1.1");
        assertThat(record.tree().has("credential")).isFalse();
        assertThat(get(issued.header("Location"), auth(s.tutor())).status()).isEqualTo(403);
        assertThat(get(issued.header("Location")).status()).isEqualTo(401);
        assertThat(get(s.path("/badges/00000000-0000-0000-0000-000000000000"), auth(s.teacher())).status()).isEqualTo(404);
        assertThat(get(s.path("/badges/not-a-uuid"), auth(s.teacher())).status()).isEqualTo(400);
        School other = newSchool(); // another school's teacher, on its own path, with this badge's id: as if it did not exist
        assertThat(get(other.path("/badges/" + badge.get("id").asString()), auth(other.teacher())).status()).isEqualTo(404);
        String expectedItem = NameBasedUuid.v5(CaseExporter.namespace(REFERENTIEL), "CFItem:competence:1.1.1").toString();
        String jwt = badge.get("credential").asString();

        OpenBadgeVerifier.Result ok = verifier.verify(jwt);
        assertThat(ok.failure()).isNull();
        Map<String, Object> subject = ok.claims().getJSONObjectClaim("credentialSubject");
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        @SuppressWarnings("unchecked")
        Map<String, Object> alignment = ((java.util.List<Map<String, Object>>) achievement.get("alignment")).get(0);
        assertThat(alignment.get("targetCode")).isEqualTo("1.1.1");
        assertThat(alignment.get("targetType")).isEqualTo("CFItem");
        // The alignment names the very item the CASE export serves.
        String itemUrl = (String) alignment.get("targetUrl");
        assertThat(badge.get("caseItemId").asString()).isEqualTo(expectedItem);
        assertThat(itemUrl).endsWith("/ims/case/v1p1/CFItems/" + expectedItem);
        ApiResponse item = get(itemUrl.substring(itemUrl.indexOf("/ims/")));
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        assertThat(item.tree().get("humanCodingScheme").asString()).isEqualTo("1.1.1");
        assertThat(ok.claims().getJSONObjectClaim("issuer").get("name")).isEqualTo("Lycée " + s.uai());
        assertThat(ok.claims().getSubject()).startsWith("urn:uuid:").doesNotContain(lea);

        ApiResponse revoked = post(s.path("/badges/" + badge.get("id").asString() + "/revocation"), "", auth(s.admin()));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.tree().get("revokedAt").isNull()).isFalse();
        assertThat(verifier.verify(jwt).failure()).isEqualTo("revoked");
    }

    @Test
    void a_competency_not_reached_or_resting_on_an_unvalidated_tutor_evaluation_is_refused() {
        School s = newSchool();
        String paul = createStudent(s, createCohort(s, "Terminale AGOrA"), null, "Durand", "Paul");
        record(s, paul, "1.1.1", "1");
        ApiResponse notReached = post(s.path("/students/" + paul + "/competencies/1.1.1/badges"), "", auth(s.teacher()));
        assertThat(notReached.status()).as(notReached.body()).isEqualTo(422);
        assertThat(notReached.tree().get("type").asString()).endsWith("/competency-not-reached");

        place(s, paul, "P1", "tutor@host.fr");
        String tutorEval = post(s.path("/evaluations"), evaluation(paul, "1.1.2", "P1", "2024-01-22", "4", null, null), auth(s.tutor()))
                .tree().get("ids").get(0).asString();
        ApiResponse unvalidated = post(s.path("/students/" + paul + "/competencies/1.1.2/badges"), "", auth(s.teacher()));
        assertThat(unvalidated.status()).as(unvalidated.body()).isEqualTo(422);
        assertThat(unvalidated.tree().get("type").asString()).endsWith("/competency-not-validated");

        ApiResponse byTutor = post(s.path("/students/" + paul + "/competencies/1.1.2/badges"), "", auth(s.tutor()));
        assertThat(byTutor.status()).isEqualTo(403);

        assertThat(post(s.path("/students/" + paul + "/evaluations/" + tutorEval + "/validation"), "", auth(s.teacher())).status())
                .isEqualTo(201);
        ApiResponse validated = post(s.path("/students/" + paul + "/competencies/1.1.2/badges"), "", auth(s.teacher()));
        assertThat(validated.status()).as(validated.body()).isEqualTo(201);
    }

    @Test
    void the_public_resources_need_no_key_and_a_school_without_badges_has_none() {
        School s = newSchool();
        String lea = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        assertThat(get(s.path("/badges/jwks.json")).status()).isEqualTo(404);
        record(s, lea, "1.1.1", "4");
        assertThat(post(s.path("/students/" + lea + "/competencies/1.1.1/badges"), "", auth(s.teacher())).status()).isEqualTo(201);

        ApiResponse jwks = get(s.path("/badges/jwks.json"));
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.header("Content-Type")).startsWith("application/jwk-set+json");
        JsonNode key = jwks.tree().get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).isFalse(); // never the private exponent
        assertThat(get(s.path("/badges/status-list")).header("Content-Type")).startsWith("application/vc+jwt");
        assertThat(get(s.path("/badges/issuer")).tree().get("name").asString()).isEqualTo("Lycée " + s.uai());
        assertThat(post(s.path("/badges/00000000-0000-0000-0000-000000000000/revocation"), "", auth(s.teacher())).status()).isEqualTo(404);
        assertThat(post(s.path("/students/" + lea + "/competencies/1.1.1/badges"), "").status()).isEqualTo(401);
    }

    private void record(School s, String student, String competency, String level) {
        ApiResponse r = post(s.path("/evaluations"), evaluation(student, competency, "P1", "2024-01-20", level, null, null), auth(s.teacher()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
