package fr.agora.adapter.in.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code Accept-Language: fr} gives French titles and details in every problem, English otherwise (also for a
 * language the API does not speak); {@code type} and {@code field} do not change; no parser internals.
 */
class ProblemLanguageApiTest extends ApiTestSupport {

    record Bad(String name, String method, String path, String body, String contentType) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Bad> bad() {
        return List.of(
                new Bad("constraint", "POST", "/api/v1/invoices/compute",
                        "{\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":-1,\"vatRate\":20}]}", "application/json"),
                new Bad("bad date", "POST", "/api/v1/tva/convert",
                        "{\"amount\":100,\"vatRate\":20,\"from\":\"HT\",\"date\":\"20260-01-01\"}", "application/json"),
                new Bad("bad enum", "POST", "/api/v1/tva/convert", "{\"amount\":100,\"vatRate\":20,\"from\":\"XX\"}", "application/json"),
                new Bad("unknown property", "POST", "/api/v1/tva/convert",
                        "{\"amount\":100,\"vatRate\":20,\"from\":\"HT\",\"colour\":1}", "application/json"),
                new Bad("not json", "POST", "/api/v1/tva/convert", "{", "application/json"),
                new Bad("unknown rate", "POST", "/api/v1/tva/convert", "{\"amount\":100,\"vatRate\":19,\"from\":\"HT\",\"date\":\"2026-01-01\"}",
                        "application/json"),
                new Bad("unknown path", "GET", "/api/v1/no-such-thing", null, null),
                new Bad("wrong method", "DELETE", "/api/v1/health", null, null),
                new Bad("unsupported media type", "POST", "/api/v1/tva/convert", "x", "text/plain"),
                new Bad("unknown competency", "GET", "/api/v1/referentiels/agora-2020/competencies/9.9.9", null, null),
                new Bad("unknown query parameter", "GET", "/ims/case/v1p1/CFDocuments?sort=title", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void every_problem_is_worded_in_french_or_english_with_the_same_type_and_field(Bad bad) {
        JsonNode en = call(bad, "en");
        JsonNode fr = call(bad, "fr-FR,fr;q=0.9");
        JsonNode other = call(bad, "de");
        assertThat(fr.get("type")).isEqualTo(en.get("type"));
        assertThat(fr.get("field")).isEqualTo(en.get("field"));
        assertThat(fr.get("status")).isEqualTo(en.get("status"));
        assertThat(fr.get("title").asString()).as("French title").isNotEqualTo(en.get("title").asString());
        assertThat(fr.get("detail").asString()).as("French detail").isNotEqualTo(en.get("detail").asString());
        assertThat(other.get("title")).as("an unknown language answers English").isEqualTo(en.get("title"));
        assertThat(other.get("detail")).isEqualTo(en.get("detail"));
        for (JsonNode p : List.of(en, fr)) {
            assertThat(p.toString()).doesNotContain("Exception").doesNotContain("Value(").doesNotContain("tools.jackson")
                    .doesNotContain("java.");
        }
    }

    @Test
    void a_bad_date_says_what_is_expected_in_the_callers_language() {
        Bad date = bad().get(1);
        JsonNode en = call(date, "en");
        JsonNode fr = call(date, "fr");
        assertThat(en.get("field").asString()).isEqualTo("date");
        assertThat(en.get("detail").asString()).contains("YYYY-MM-DD");
        assertThat(fr.get("detail").asString()).contains("AAAA-MM-JJ");
        assertThat(fr.get("title").asString()).isEqualTo("Corps de requête illisible");
    }

    @Test
    void a_constraint_message_is_french_with_a_french_title() {
        JsonNode fr = call(bad().get(0), "fr");
        assertThat(fr.get("title").asString()).isEqualTo("Requête invalide");
        assertThat(fr.get("field").asString()).isEqualTo("lines[0].unitPrice");
        assertThat(fr.get("detail").asString()).startsWith("« lines[0].unitPrice » : ").contains("supérieur");
        JsonNode en = call(bad().get(0), null);
        assertThat(en.get("title").asString()).isEqualTo("Invalid request");
        assertThat(en.get("detail").asString()).contains("greater than or equal to 0");
    }

    private JsonNode call(Bad bad, String language) {
        ApiResponse r = language == null ? send(bad.method(), bad.path(), bad.body(), bad.contentType())
                : send(bad.method(), bad.path(), bad.body(), bad.contentType(), "Accept-Language", language);
        assertThat(r.status()).as(bad + ": " + r.body()).isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.tree();
    }
}
