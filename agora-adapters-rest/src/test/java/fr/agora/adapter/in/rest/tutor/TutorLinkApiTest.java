package fr.agora.adapter.in.rest.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import fr.agora.application.port.out.tutor.SaveTutorLinkPort;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.tutor.TutorLink;
import fr.agora.domain.tutor.TutorLinkTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Tutor links over HTTP: creation, the page's headers and errors (French HTML), CSRF, revocation, expiry, tenancy. */
class TutorLinkApiTest extends SchoolApiTestSupport {

    @Autowired
    SaveTutorLinkPort links;

    record Linked(School s, String student, JsonNode link) {
        String pagePath() {
            return URI_PATH.apply(link.get("token").asString());
        }
    }

    static final java.util.function.Function<String, String> URI_PATH = t -> "/tuteur/" + t;

    Linked linked() {
        School s = newSchool();
        String cohort = createCohort(s, "1re AGOrA");
        String student = createStudent(s, cohort, null, "Martin", "Léa");
        place(s, student, "P3", "tutor@host.fr");
        ApiResponse r = post(s.path("/students/" + student + "/tutor-links"), "{\"period\":\"P3\",\"validDays\":30}", auth(s.teacher()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Linked(s, student, r.tree());
    }

    @Test
    void a_teacher_creates_a_link_whose_secret_is_given_once_and_the_page_shows_the_student() {
        Linked l = linked();
        String token = l.link().get("token").asString();
        assertThat(token).hasSize(43); // 256 bits, base64url
        assertThat(l.link().get("url").asString()).endsWith("/tuteur/" + token);
        assertThat(l.link().get("state").asString()).isEqualTo("ACTIVE");
        JsonNode listed = get(l.s().path("/students/" + l.student() + "/tutor-links"), auth(l.s().admin())).tree().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).hasNonNull("token")).isFalse();
        // a second link (a renewal): two links, oldest first, one a page (paged in SQL)
        assertThat(post(l.s().path("/students/" + l.student() + "/tutor-links"), "{\"period\":\"P3\",\"validDays\":30}",
                auth(l.s().teacher())).status()).isEqualTo(201);
        JsonNode second = get(l.s().path("/students/" + l.student() + "/tutor-links?page=1&size=1"), auth(l.s().admin())).tree();
        assertThat(second.get("total").asInt()).isEqualTo(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asString()).isNotEqualTo(listed.get(0).get("id").asString());
        assertThat(listed.get(0).hasNonNull("url")).isFalse();

        ApiResponse page = get(l.pagePath());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Léa Martin").contains("Mutuelle du Centre").contains("Envoyer l'évaluation").contains("name=\"_csrf\"");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.header("Set-Cookie")).contains("XSRF-TOKEN").contains("Path=/tuteur").contains("HttpOnly");

        assertThat(post(l.s().path("/students/" + l.student() + "/tutor-links"), "{\"period\":\"P3\",\"validDays\":30}", auth(l.s().tutor())).status())
                .isEqualTo(403);
        assertThat(post(l.s().path("/students/" + l.student() + "/tutor-links"), "{\"period\":\"P4\",\"validDays\":30}", auth(l.s().teacher())).status())
                .isEqualTo(404);
        assertThat(post(l.s().path("/students/" + l.student() + "/tutor-links"), "{\"period\":\"P3\",\"validDays\":365}", auth(l.s().teacher())).status())
                .isEqualTo(400);
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_with_a_french_page() {
        Linked l = linked();
        ApiResponse r = send("POST", l.pagePath(), "submissionId=abcdefgh12&impl:1.1.1=oui", "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("Formulaire expiré");
    }

    @Test
    void a_revoked_link_gets_410_an_unknown_one_404_and_neither_shows_any_student() {
        Linked l = linked();
        String id = l.link().get("id").asString();
        ApiResponse revoked = post(l.s().path("/students/" + l.student() + "/tutor-links/" + id + "/revocation"), "", auth(l.s().teacher()));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.tree().get("state").asString()).isEqualTo("REVOKED");

        ApiResponse page = get(l.pagePath());
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Ce lien a été désactivé").doesNotContain("Martin").doesNotContain("Mutuelle");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");

        ApiResponse unknown = get("/tuteur/" + TutorLinkTokens.newToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Lien inconnu");
        assertThat(get("/tuteur/short").status()).isEqualTo(404);
    }

    @Test
    void an_expired_link_gets_410() {
        Linked l = linked();
        String token = TutorLinkTokens.newToken();
        Instant created = Instant.now().minus(Duration.ofDays(40));
        links.insertLink(new TutorLink(UUID.randomUUID().toString(), Uai.of(l.s().uai()), StudentId.of(l.student()), PeriodCode.P3, "tutor@host.fr",
                TutorLinkTokens.hash(token), created, created.plus(Duration.ofDays(30)), "prof.martin", null, null, null));
        ApiResponse page = get("/tuteur/" + token);
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("Ce lien a expiré").doesNotContain("Martin");
    }
}
