package fr.agora.adapter.in.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document, as a client generator reads it: every operation documents its problem+json errors. */
class OpenApiDocumentApiTest extends ApiTestSupport {

    @Test
    void the_document_is_served_and_lists_the_computation_endpoints() {
        ApiResponse r = get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.tree().path("paths");
        assertThat(paths.has("/api/v1/health")).isTrue();
        assertThat(paths.has("/api/v1/invoices/compute")).isTrue();
        assertThat(paths.has("/api/v1/tva/returns/ca3")).isTrue();
        assertThat(paths.has("/api/v1/bank-reconciliations")).isTrue();
        assertThat(paths.has("/api/v1/payslips/compute")).isTrue();
        assertThat(r.tree().path("components").path("schemas").path("Problem").path("properties").has("field")).isTrue();
    }

    @Test
    void swagger_ui_is_served_for_the_document() {
        ApiResponse redirect = get("/swagger-ui.html");
        assertThat(redirect.status()).isIn(200, 302);
        ApiResponse page = get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
        ApiResponse config = get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.tree().path("url").asString()).isEqualTo("/v3/api-docs");
    }

    @Test
    void every_operation_documents_its_errors_as_problem_json() {
        JsonNode doc = get("/v3/api-docs").tree();
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode responses = op.getValue().path("responses");
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (!responses.has("406")) {
                    undocumented.add(where + " lacks 406");
                }
                // a 405 answers a method the path lacks (no operation's), a 500 is never answered: said once, not per operation
                for (String code : List.of("405", "500")) {
                    if (responses.has(code)) {
                        undocumented.add(where + " documents " + code);
                    }
                }
                boolean takesInput = op.getValue().has("requestBody") || !op.getValue().path("parameters").isEmpty();
                if (takesInput && !responses.has("400")) {
                    undocumented.add(where + " lacks 400");
                }
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    if (response.getKey().matches("[45]\\d\\d") && !response.getValue().path("content").has("application/json")) {
                        JsonNode content = response.getValue().path("content");
                        if (!content.has("application/problem+json") || content.has("*/*")) {
                            undocumented.add(where + " " + response.getKey() + " is not problem+json only");
                        }
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void a_computation_operation_documents_400_with_the_problem_schema() {
        JsonNode bad = get("/v3/api-docs").tree().path("paths").path("/api/v1/invoices/compute").path("post")
                .path("responses").path("400");
        assertThat(bad.path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
    }
}
