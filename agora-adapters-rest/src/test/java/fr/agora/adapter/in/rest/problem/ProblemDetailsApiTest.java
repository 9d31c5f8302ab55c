package fr.agora.adapter.in.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** The generic error contract every endpoint shares: problem+json, stable type, never a stack trace. */
class ProblemDetailsApiTest extends ApiTestSupport {

    @Test
    void health_is_up() {
        var r = get("/api/v1/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.tree().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void unknown_path_is_a_404_problem() {
        var r = get("/api/v1/no-such-thing");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at fr.");
    }

    @Test
    void wrong_method_is_a_405_problem_with_allow() {
        var r = send("DELETE", "/api/v1/health", null, null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("type").asString()).isEqualTo("/problems/method-not-allowed");
        assertThat(r.header("Allow")).contains("GET");
    }
}
