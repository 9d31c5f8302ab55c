package fr.agora.adapter.in.rest.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Schools onboarded at run time, on a real server: the platform operator creates a school and its admin key is used at
 * once; duplicates, bad UAIs and foreign credentials are refused; a disabled school's keys and tokens stop at once.
 */
class EstablishmentApiTest extends SchoolApiTestSupport {

    static final String JSON = "application/json";

    static String[] operator(String... more) {
        return auth(OPERATOR_SECRET, more);
    }

    ApiResponse create(String uai, String name) {
        return post("/api/v1/establishments", "{\"uai\":\"" + uai + "\",\"name\":\"" + name + "\"}", operator());
    }

    @Test
    void a_school_created_over_the_api_is_used_at_once_its_admin_issues_a_teacher_key_which_creates_a_cohort() {
        String uai = freshUai();
        ApiResponse created = create(uai, "Lycée professionnel Jean Jaurès");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/establishments/" + uai);
        assertThat(created.header("Cache-Control")).contains("no-store");
        JsonNode body = created.tree();
        assertThat(body.at("/establishment/uai").asString()).isEqualTo(uai);
        assertThat(body.at("/establishment/name").asString()).isEqualTo("Lycée professionnel Jean Jaurès");
        assertThat(body.at("/establishment/status").asString()).isEqualTo("ENABLED");
        assertThat(body.at("/adminKey/role").asString()).isEqualTo("SCHOOL_ADMIN");
        String admin = body.at("/adminKey/token").asString();
        assertThat(admin).matches("agk_[0-9a-f]{16}\\.[A-Za-z0-9_-]{43}");

        // the admin issues keys at once; cohorts are created by an admin or the ENT (a teacher may not: role rule), and the
        // teacher records an evaluation in that cohort
        String teacher = issue(uai, admin, "TEACHER", "prof.martin");
        String ent = issue(uai, admin, "ENT_INTEGRATION", "ent-client");
        School school = new School(uai, admin, teacher, ent, null);
        String cohort = createCohort(new School(uai, ent, teacher, ent, null), "1re AGOrA");
        String student = createStudent(school, cohort, null, "Martin", "Léa");
        ApiResponse evaluation = post(school.path("/evaluations"), evaluation(student, "1.1.1", "P1", "2024-01-20", "2", null, null), auth(teacher));
        assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(201);
        assertThat(get(school.path("/cohorts"), auth(teacher)).tree().get("total").asLong()).isEqualTo(1);

        // the operator reads the school; so does its admin; its teacher may not
        assertThat(get("/api/v1/establishments/" + uai, operator()).tree().get("name").asString()).isEqualTo("Lycée professionnel Jean Jaurès");
        assertThat(get("/api/v1/establishments/" + uai, auth(admin)).status()).isEqualTo(200);
        assertThat(get("/api/v1/establishments/" + uai, auth(teacher)).status()).isEqualTo(403);
    }

    @Test
    void a_duplicate_uai_is_409_and_a_wrong_check_letter_or_format_is_400_naming_uai() {
        String uai = freshUai();
        assertThat(create(uai, "Premier").status()).isEqualTo(201);
        ApiResponse again = create(uai, "Second");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.tree().get("type").asString()).isEqualTo("/problems/establishment-exists");
        assertThat(get("/api/v1/establishments/" + uai, operator()).tree().get("name").asString()).isEqualTo("Premier");

        String digits = freshUai().substring(0, 7);
        char wrong = fr.agora.domain.shared.Uai.checkLetter(digits) == 'A' ? 'B' : 'A';
        ApiResponse letter = create(digits + wrong, "Lycée");
        assertThat(letter.status()).isEqualTo(400);
        assertThat(letter.tree().get("field").asString()).isEqualTo("uai");
        assertThat(letter.tree().get("type").asString()).isEqualTo("/problems/invalid-uai-check-letter");
        assertThat(get("/api/v1/establishments/" + digits + wrong, operator()).status()).isEqualTo(404);

        ApiResponse format = create("12345", "Lycée");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.tree().get("field").asString()).isEqualTo("uai");
        ApiResponse noName = post("/api/v1/establishments", "{\"uai\":\"" + freshUai() + "\"}", operator());
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.tree().get("field").asString()).isEqualTo("name");
    }

    @Test
    void only_the_operator_lists_the_schools_in_the_page_shape() {
        String uai = freshUai();
        create(uai, "Listé");
        ApiResponse page = get("/api/v1/establishments?page=0&size=200", operator());
        assertThat(page.status()).isEqualTo(200);
        JsonNode tree = page.tree();
        assertThat(tree.get("page").asInt()).isZero();
        assertThat(tree.get("size").asInt()).isEqualTo(200);
        assertThat(tree.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(tree.get("items").isArray()).isTrue();
        assertThat(get("/api/v1/establishments?size=0", operator()).tree().get("field").asString()).isEqualTo("size");

        School school = newSchool();
        ApiResponse asAdmin = get("/api/v1/establishments", auth(school.admin()));
        assertThat(asAdmin.status()).isEqualTo(403);
        assertThat(asAdmin.tree().get("type").asString()).isEqualTo("/problems/operator-only");
        assertThat(post("/api/v1/establishments", "{\"uai\":\"" + freshUai() + "\",\"name\":\"X\"}", auth(school.admin())).status()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/establishments/" + school.uai() + "/disable", null, null, auth(school.admin())).status()).isEqualTo(403);

        ApiResponse none = get("/api/v1/establishments");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(get("/api/v1/establishments", auth("not-the-operator-secret")).status()).isEqualTo(401);
        assertThat(get("/api/v1/establishments", auth(OPERATOR_SECRET.toUpperCase())).status()).isEqualTo(401);
    }

    @Test
    void disabling_refuses_the_schools_keys_and_tokens_at_once_and_enabling_restores_them() {
        String uai = freshUai();
        String admin = create(uai, "Bientôt fermé").tree().at("/adminKey/token").asString();
        String teacher = issue(uai, admin, "TEACHER", "prof");
        String token = accessToken(teacher);
        assertThat(get("/api/v1/establishments/" + uai + "/cohorts", auth(token)).status()).isEqualTo(200);

        ApiResponse off = send("POST", "/api/v1/establishments/" + uai + "/disable", null, null, operator());
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.tree().get("status").asString()).isEqualTo("DISABLED");
        assertThat(off.tree().get("disabledAt").asString()).isNotBlank();
        for (String credential : new String[] {admin, teacher, token}) {
            ApiResponse refused = get("/api/v1/establishments/" + uai + "/cohorts", auth(credential));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.tree().get("type").asString()).isEqualTo("/problems/establishment-disabled");
            assertThat(refused.tree().get("field").asString()).isEqualTo("uai");
        }
        ApiResponse fr = get("/api/v1/establishments/" + uai + "/cohorts", auth(teacher, "Accept-Language", "fr"));
        assertThat(fr.tree().get("title").asString()).isEqualTo("Établissement désactivé");
        assertThat(oauth(teacher).status()).isEqualTo(401);
        // the operator still reads it, and disabling twice keeps the first date
        assertThat(get("/api/v1/establishments/" + uai, operator()).tree().get("status").asString()).isEqualTo("DISABLED");
        assertThat(send("POST", "/api/v1/establishments/" + uai + "/disable", null, null, operator()).tree().get("disabledAt"))
                .isEqualTo(off.tree().get("disabledAt"));

        ApiResponse on = send("POST", "/api/v1/establishments/" + uai + "/enable", null, null, operator());
        assertThat(on.tree().get("status").asString()).isEqualTo("ENABLED");
        assertThat(on.tree().has("disabledAt")).isFalse();
        assertThat(get("/api/v1/establishments/" + uai + "/cohorts", auth(token)).status()).isEqualTo(200);
        assertThat(get("/api/v1/establishments/" + uai + "/cohorts", auth(admin)).status()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/establishments/0000000A/disable", null, null, operator()).status()).isEqualTo(404);
    }

    @Test
    void a_school_admin_lists_its_keys_newest_first_without_any_secret() {
        School school = newSchool();
        ApiResponse keys = get(school.path("/api-keys?size=2"), auth(school.admin()));
        assertThat(keys.status()).as(keys.body()).isEqualTo(200);
        JsonNode tree = keys.tree();
        assertThat(tree.get("total").asLong()).isEqualTo(4);   // admin, teacher, ENT, tutor
        assertThat(tree.get("items")).hasSize(2);
        assertThat(tree.get("items").get(0).get("role").asString()).isEqualTo("TUTOR");
        assertThat(tree.get("items").get(0).get("subject").asString()).isEqualTo("tutor@host.fr");
        assertThat(tree.get("items").get(0).has("createdAt")).isTrue();
        assertThat(tree.get("items").get(0).get("revoked").asBoolean()).isFalse();
        String secretOfAdmin = school.admin().substring(school.admin().indexOf('.') + 1);
        assertThat(keys.body()).doesNotContain("token", "secret", "hash", secretOfAdmin);
        assertThat(get(school.path("/api-keys"), auth(school.teacher())).status()).isEqualTo(403);
        assertThat(get(school.path("/api-keys"), operator()).status()).isEqualTo(403);
    }

    @Test
    void the_filters_speak_french_or_english_with_the_same_type() {
        ApiResponse en = get("/api/v1/establishments/0750654D/cohorts", "Accept-Language", "en");
        ApiResponse fr = get("/api/v1/establishments/0750654D/cohorts", "Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(en.status()).isEqualTo(401);
        assertThat(fr.status()).isEqualTo(401);
        assertThat(en.tree().get("type")).isEqualTo(fr.tree().get("type"));
        assertThat(en.tree().get("title").asString()).isEqualTo("Unauthenticated");
        assertThat(fr.tree().get("title").asString()).isEqualTo("Non authentifié");
        assertThat(en.tree().get("detail").asString()).contains("needs an API key");
        assertThat(fr.tree().get("detail").asString()).contains("demande une clé d'API");

        School school = newSchool();
        ApiResponse badUai = get("/api/v1/establishments/nope/cohorts", auth(school.admin(), "Accept-Language", "fr"));
        assertThat(badUai.status()).isEqualTo(400);
        assertThat(badUai.tree().get("field").asString()).isEqualTo("uai");
        assertThat(badUai.tree().get("title").asString()).isEqualTo("Requête invalide");
        ApiResponse badUaiEn = get("/api/v1/establishments/nope/cohorts", auth(school.admin()));
        assertThat(badUaiEn.tree().get("detail").asString()).isEqualTo("'uai' must be 7 digits and an upper-case letter, e.g. 0751234A");
        ApiResponse other = get("/api/v1/establishments/0750654D/cohorts", auth(school.admin(), "Accept-Language", "fr"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.tree().get("title").asString()).isEqualTo("Établissement introuvable");
        assertThat(other.tree().get("detail").asString()).isEqualTo("Aucun établissement 0750654D.");

        ApiResponse operatorFr = get(school.path("/students"), operator("Accept-Language", "fr"));
        assertThat(operatorFr.status()).isEqualTo(403);
        assertThat(operatorFr.tree().get("type").asString()).isEqualTo("/problems/operator-not-allowed");
        assertThat(operatorFr.tree().get("title").asString()).isEqualTo("Interdit à l'opérateur de la plateforme");

        ApiResponse oneRosterEn = get("/ims/oneroster/gradebook/v1p2/results");
        ApiResponse oneRosterFr = get("/ims/oneroster/gradebook/v1p2/results", "Accept-Language", "fr");
        assertThat(oneRosterEn.status()).isEqualTo(401);
        assertThat(oneRosterEn.tree().get("detail").asString()).startsWith("OneRoster needs an OAuth 2 access token");
        assertThat(oneRosterFr.tree().get("type")).isEqualTo(oneRosterEn.tree().get("type"));
        assertThat(oneRosterFr.tree().get("title").asString()).isEqualTo("Non authentifié");
        assertThat(oneRosterFr.tree().get("detail").asString()).startsWith("OneRoster demande un jeton d'accès OAuth 2");
        ApiResponse rawKeyFr = get("/ims/oneroster/gradebook/v1p2/results", auth(school.ent(), "Accept-Language", "fr"));
        assertThat(rawKeyFr.tree().get("detail").asString()).startsWith("Échangez d'abord la clé d'API");
    }

    private ApiResponse oauth(String apiKey) {
        return send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_secret=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
    }

    private String accessToken(String apiKey) {
        ApiResponse r = oauth(apiKey);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.tree().get("access_token").asString();
    }
}
