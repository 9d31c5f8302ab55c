package fr.agora.adapter.in.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Checks that an OpenAPI example response is what the API answers to the example request. */
public final class DocumentedExamples {
    private DocumentedExamples() {
    }

    /** Same tree, numbers compared by value (40.00 equals 40.0). */
    public static void assertAnswers(ApiTestSupport.ApiResponse actual, String documentedResponse, ObjectMapper json) {
        assertThat(actual.status()).as(actual.body()).isEqualTo(200);
        JsonNode expected = json.readTree(documentedResponse);
        assertThat(actual.tree().equals((a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, expected))
                .as("%s%n  expected %s", actual.body(), expected).isTrue();
    }
}
