package fr.agora.adapter.in.rest.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every OneRoster endpoint's answer validates against the schema 1EdTech's OneRoster 1.2 Gradebook Service OpenAPI 3.0
 * document gives that path's 200 answer ({@code onerosterv1p2gradebookservice_openapi3_v1p0.json}, kept unchanged in
 * {@code src/test/resources/standards/}; origin in the README there). The schema is taken where the binding puts it —
 * {@code paths./lineItems.get.responses.200.content.application/json.schema} — and its {@code $ref}s into
 * {@code components/schemas} are resolved by the validator inside the same document, with the OpenAPI 3.0 dialect.
 */
class OneRosterSchemaConformanceTest extends SchoolApiTestSupport {

    private static final String OR = OneRosterApiTest.OR;

    private static final String DOCUMENT = "https://purl.imsglobal.org/spec/or/v1p2/schema/openapi/onerosterv1p2gradebookservice_openapi3_v1p0.json";

    private static SchemaRegistry registry;

    @BeforeAll
    static void loadDocument() {
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                b -> b.schemaIdResolvers(r -> r.mapPrefix("https://purl.imsglobal.org/spec/or/v1p2/schema/openapi/", "classpath:standards/")));
    }

    /** The schema of the 200 answer of {@code GET path} in the published document. */
    static Schema answerOf(String path) {
        String pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get/responses/200/content/application~1json/schema";
        return registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
    }

    @Test
    void every_gradebook_answer_validates_against_the_binding_schema() {
        Fixture f = fixture();
        JsonNode categories = read(f, OR + "/categories", "/categories");
        JsonNode lineItems = read(f, OR + "/lineItems", "/lineItems");
        JsonNode results = read(f, OR + "/results", "/results");
        read(f, OR + "/classes/" + f.cohort() + "/results", "/classes/{classSourcedId}/results");
        assertThat(categories.get("categories")).isNotEmpty();
        assertThat(lineItems.get("lineItems")).isNotEmpty();
        assertThat(results.get("results")).hasSize(3);

        read(f, OR + "/categories/" + categories.get("categories").get(0).get("sourcedId").asString(), "/categories/{sourcedId}");
        read(f, OR + "/lineItems/" + lineItems.get("lineItems").get(0).get("sourcedId").asString(), "/lineItems/{sourcedId}");
        for (JsonNode result : results.get("results")) {
            read(f, OR + "/results/" + result.get("sourcedId").asString(), "/results/{sourcedId}");
        }
        // pages, filters and sorts are the same envelopes
        read(f, OR + "/lineItems?limit=5&offset=5&sort=title&orderBy=desc", "/lineItems");
        read(f, OR + "/results?filter=" + q("score>='3'"), "/results");
    }

    @Test
    void the_binding_schema_is_not_a_rubber_stamp() {
        Fixture f = fixture();
        ObjectNode results = (ObjectNode) get(OR + "/results", auth(f.token())).tree().deepCopy();
        ObjectNode first = (ObjectNode) results.get("results").get(0);
        first.put("scoreStatus", "brilliant");
        first.remove("student");
        first.put("unexpected", true);
        assertThat(answerOf("/results").validate(results)).hasSizeGreaterThanOrEqualTo(3);
    }

    record Fixture(String token, String cohort) {
    }

    /** Léa: 1.1.1 at 2 in P1 and at 4 in P2; Paul: 1.1.2 at 3 in P1 (as {@code OneRosterApiTest}). */
    private Fixture fixture() {
        School s = newSchool();
        String cohort = createCohort(s, "2nde AGOrA");
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        String paul = createStudent(s, cohort, null, "Durand", "Paul");
        ApiResponse r = post(s.path("/evaluations/bulk"), "{\"evaluations\":[" + evaluation(lea, "1.1.1", "P1", "2024-01-20", "2", null, null) + ","
                + evaluation(lea, "1.1.1", "P2", "2024-05-20", "4", null, null) + "," + evaluation(paul, "1.1.2", "P1", "2024-01-22", "3", null, null)
                + "]}", auth(s.teacher(), "Idempotency-Key", "fixture"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        ApiResponse t = send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_secret=" + q(s.ent()),
                "application/x-www-form-urlencoded");
        assertThat(t.status()).as(t.body()).isEqualTo(200);
        return new Fixture(t.tree().get("access_token").asString(), cohort);
    }

    private static String q(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private JsonNode read(Fixture f, String url, String bindingPath) {
        ApiResponse r = get(url, auth(f.token()));
        assertThat(r.status()).as(url + ": " + r.body()).isEqualTo(200);
        List<Error> errors = answerOf(bindingPath).validate(r.tree());
        assertThat(errors).as("GET %s against OneRoster 1.2 %s:%n%s", url, bindingPath, r.body())
                .extracting(e -> e.getInstanceLocation() + " " + e.getMessage()).isEmpty();
        return r.tree();
    }
}
