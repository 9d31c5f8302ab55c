package fr.agora.adapter.in.rest.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OneRoster 1.2 Gradebook read endpoints over HTTP: OAuth 2 bearer tokens only, one result per student × compétence
 * × period evaluated, the CASE identifiers the CASE export serves, and the binding's pagination, filtering, sorting
 * and field selection.
 */
class OneRosterApiTest extends SchoolApiTestSupport {

    static final String OR = "/ims/oneroster/gradebook/v1p2";

    record Fixture(School school, String token, String cohort, String lea, String paul) {
    }

    String token(String apiKey) {
        ApiResponse r = send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_secret=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.tree().get("access_token").asString();
    }

    /** Léa: 1.1.1 at 2 in P1 and at 4 in P2; Paul: 1.1.2 at 3 in P1. */
    Fixture fixture() {
        School s = newSchool();
        String cohort = createCohort(s, "2nde AGOrA");
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        String paul = createStudent(s, cohort, null, "Durand", "Paul");
        ApiResponse r = post(s.path("/evaluations/bulk"), "{\"evaluations\":[" + evaluation(lea, "1.1.1", "P1", "2024-01-20", "2", null, null) + ","
                + evaluation(lea, "1.1.1", "P2", "2024-05-20", "4", null, null) + "," + evaluation(paul, "1.1.2", "P1", "2024-01-22", "3", null, null)
                + "]}", auth(s.teacher(), "Idempotency-Key", "fixture"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Fixture(s, token(s.ent()), cohort, lea, paul);
    }

    static String q(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /** The CASE identifier of a compétence, read from the CASE export itself. */
    String caseItemId(String code) {
        JsonNode docs = get("/ims/case/v1p1/CFDocuments").tree().get("CFDocuments");
        for (JsonNode d : docs) {
            JsonNode pkg = get("/ims/case/v1p1/CFPackages/" + d.get("identifier").asString()).tree();
            for (JsonNode i : pkg.get("CFItems")) {
                if (i.get("humanCodingScheme").asString().equals(code) && i.get("CFItemType").asString().equals("Compétence")) {
                    return i.get("identifier").asString();
                }
            }
        }
        throw new AssertionError("no CASE item " + code);
    }

    @Test
    void only_an_oauth_access_token_opens_the_gradebook_and_tutors_may_not_read_it() {
        Fixture f = fixture();
        ApiResponse none = get(OR + "/results");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(get(OR + "/results", auth(f.school().ent())).status()).isEqualTo(401); // the key itself: the standard wants the token
        assertThat(get(OR + "/results", auth("agt_forged.1.x")).status()).isEqualTo(401);
        assertThat(get(OR + "/results", auth(token(f.school().tutor()))).status()).isEqualTo(403);
        assertThat(get(OR + "/results", auth(token(f.school().admin()))).status()).isEqualTo(200);
        School other = newSchool();
        ApiResponse theirs = get(OR + "/results", auth(token(other.ent())));
        assertThat(theirs.header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void one_result_per_student_competency_and_period_scored_by_level_and_keyed_by_the_case_item() {
        Fixture f = fixture();
        ApiResponse r = get(OR + "/results", auth(f.token()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).isEqualTo("3");
        assertThat(r.header("Cache-Control")).contains("no-store");
        JsonNode results = r.tree().get("results");
        assertThat(results).hasSize(3);
        String item111 = caseItemId("1.1.1");
        List<String> leas = new ArrayList<>();
        for (JsonNode x : results) {
            assertThat(x.get("status").asString()).isEqualTo("active");
            assertThat(x.get("class").get("sourcedId").asString()).isEqualTo(f.cohort());
            assertThat(x.get("scoreStatus").asString()).isEqualTo("fully graded");
            JsonNode set = x.get("learningObjectiveSet").get(0);
            assertThat(set.get("source").asString()).isEqualTo("case");
            if (x.get("student").get("sourcedId").asString().equals(f.lea())) {
                leas.add(x.get("textScore").asString());
                assertThat(set.get("learningObjectiveResults").get(0).get("learningObjectiveId").asString()).isEqualTo(item111);
            } else {
                assertThat(x.get("score").decimalValue()).isEqualByComparingTo("3");
                assertThat(x.get("scoreDate").asString()).isEqualTo("2024-01-22");
                assertThat(set.get("learningObjectiveResults").get(0).get("learningObjectiveId").asString()).isEqualTo(caseItemId("1.1.2"));
            }
        }
        assertThat(leas).containsExactlyInAnyOrder("2", "4");

        String one = results.get(0).get("sourcedId").asString();
        JsonNode single = get(OR + "/results/" + one, auth(f.token())).tree().get("result");
        assertThat(single.get("sourcedId").asString()).isEqualTo(one);
        JsonNode lineItem = get(OR + "/lineItems/" + single.get("lineItem").get("sourcedId").asString(), auth(f.token())).tree().get("lineItem");
        assertThat(lineItem.get("resultValueMin").decimalValue()).isEqualByComparingTo("1");
        assertThat(lineItem.get("resultValueMax").decimalValue()).isEqualByComparingTo("4");
        assertThat(lineItem.get("learningObjectiveSet").get(0).get("learningObjectiveIds").get(0).asString())
                .isEqualTo(single.get("learningObjectiveSet").get(0).get("learningObjectiveResults").get(0).get("learningObjectiveId").asString());
        String category = lineItem.get("category").get("sourcedId").asString();
        assertThat(get(OR + "/categories/" + category, auth(f.token())).tree().get("category").get("title").asString()).isEqualTo("Bloc 1");
        assertThat(get(OR + "/categories", auth(f.token())).header("X-Total-Count")).isEqualTo("3");

        ApiResponse unknown = get(OR + "/results/00000000-0000-0000-0000-000000000000", auth(f.token()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(get(OR + "/classes/" + f.cohort() + "/results", auth(f.token())).header("X-Total-Count")).isEqualTo("3");
        assertThat(get(OR + "/classes/nope/results", auth(f.token())).status()).isEqualTo(404);
    }

    @Test
    void line_items_page_with_total_count_and_links() {
        Fixture f = fixture();
        ApiResponse first = get(OR + "/lineItems?limit=10", auth(f.token()));
        assertThat(first.header("X-Total-Count")).isEqualTo("222"); // 37 compétences × P1–P6
        assertThat(first.tree().get("lineItems")).hasSize(10);
        assertThat(first.header("Link")).contains("offset=10>; rel=\"next\"").contains("offset=220>; rel=\"last\"").doesNotContain("rel=\"prev\"");
        ApiResponse last = get(OR + "/lineItems?limit=10&offset=220", auth(f.token()));
        assertThat(last.tree().get("lineItems")).hasSize(2);
        assertThat(last.header("Link")).contains("offset=210>; rel=\"prev\"").doesNotContain("rel=\"next\"");
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < 222; offset += 100) {
            get(OR + "/lineItems?offset=" + offset, auth(f.token())).tree().get("lineItems").forEach(l -> ids.add(l.get("sourcedId").asString()));
        }
        assertThat(ids).hasSize(222).doesNotHaveDuplicates();
        JsonNode p3 = get(OR + "/lineItems?filter=" + q("title='3.3.4 P6'"), auth(f.token())).tree().get("lineItems");
        assertThat(p3).hasSize(1);
        // the period's last day, Friday 7 June 2030, until 23:59:59 in Paris (CEST, UTC+2), as the binding's date-time
        assertThat(p3.get(0).get("dueDate").asString()).isEqualTo("2030-06-07T21:59:59Z");
        assertThat(p3.get(0).get("category").get("href").asString()).startsWith("http://localhost:" + port + OR + "/categories/");
    }

    @Test
    void filter_sort_and_fields_follow_the_binding_and_bad_ones_are_400_naming_the_parameter() {
        Fixture f = fixture();
        String t = f.token();
        assertThat(get(OR + "/results?filter=" + q("textScore='4'"), auth(t)).tree().get("results")).hasSize(1);
        assertThat(get(OR + "/results?filter=" + q("score>='3'"), auth(t)).header("X-Total-Count")).isEqualTo("2");
        assertThat(get(OR + "/results?filter=" + q("student.sourcedId='" + f.lea() + "' AND score>'2'"), auth(t)).header("X-Total-Count")).isEqualTo("1");
        assertThat(get(OR + "/results?filter=" + q("score='2' OR score='3'"), auth(t)).header("X-Total-Count")).isEqualTo("2");
        assertThat(get(OR + "/results?filter=" + q("scoreDate~'2024-05'"), auth(t)).header("X-Total-Count")).isEqualTo("1");
        JsonNode sorted = get(OR + "/results?sort=score&orderBy=desc", auth(t)).tree().get("results");
        assertThat(sorted.get(0).get("textScore").asString()).isEqualTo("4");
        assertThat(sorted.get(2).get("textScore").asString()).isEqualTo("2");
        JsonNode slim = get(OR + "/results?fields=sourcedId,score", auth(t)).tree().get("results").get(0);
        assertThat(slim.propertyNames()).containsExactlyInAnyOrder("sourcedId", "score");

        for (String[] bad : new String[][] {{"filter=" + q("nope='1'"), "filter"}, {"filter=" + q("score=3"), "filter"}, {"sort=nope", "sort"},
                {"orderBy=up", "orderBy"}, {"fields=sourcedId,nope", "fields"}, {"limit=0", "limit"}, {"limit=abc", "limit"}, {"offset=-1", "offset"},
                {"filter=" + q("score='1' AND score='2' AND score='3'"), "filter"}}) {
            ApiResponse r = get(OR + "/results?" + bad[0], auth(t));
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.tree().get("field").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
    }
}
