package fr.agora.adapter.in.rest.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Documents the errors of every operation in one place, so that a client generated from the OpenAPI document knows
 * that every 4xx/5xx body is an RFC 9457 {@code application/problem+json} {@code Problem}, even where a controller
 * only annotates its success. Responses a controller already describes keep their description; they gain the
 * problem body if they had none.
 *
 * <p>Which errors an operation can answer follows from its shape, as {@code ProblemDetailsAdvice} maps them: any
 * operation can get 405 (wrong method) and 500 (never with internals); one with a body or parameters can get 400;
 * one with a path variable can get 404.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemResponsesOpenApiCustomizer implements OpenApiCustomizer {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() != null) {
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            // every problem body is ours (below): Spring's ProblemDetail, inferred from the controllers, would stay unused
            if (openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().remove("ProblemDetail");
            }
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> document(path, method, op)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        boolean takesInput = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (takesInput) {
            ensure(responses, "400", "Invalid input: the problem's `field` names the offending field or parameter; nothing is stored");
        }
        if (path.contains("{")) {
            ensure(responses, "404", "Unknown resource (an unknown id or code)");
        }
        ensure(responses, "405", "Method not allowed on this path (the `Allow` header lists the allowed ones)");
        ensure(responses, "500", "Unexpected error; logged on the server, answered without internals");
        // Problem bodies on the responses a controller declared without content (e.g. 401, 403, 409, 422).
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                withProblemBody(code, response);
            }
        });
    }

    private static void ensure(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        }
    }

    private static void withProblemBody(String code, ApiResponse response) {
        Content content = response.getContent() == null ? new Content() : response.getContent();
        if (content.containsKey(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)) {
            return; // an error body of a standard of its own (the OAuth 2 token endpoint's RFC 6749 errors)
        }
        // Springdoc infers Spring's ProblemDetail from the advice; ours documents the members we add (field, errors).
        content.addMediaType(PROBLEM_MEDIA_TYPE, problemMedia(code));
        // A springdoc default of "*/*" carrying the success schema would mislead generated clients on an error.
        content.remove("*/*");
        response.setContent(content);
    }

    /** The problem body of one status, with an example of that status (a 404 example never says 400). */
    static MediaType problemMedia(String code) {
        return new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                .example(ProblemExamples.of(code));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.setProperties(Map.of("field", new StringSchema(), "message", new StringSchema()));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details. `type` is stable (/problems/<slug>); `field` names the offending "
                + "input when the client is at fault; `errors` lists every field when several are; further members carry "
                + "the error's data (e.g. the unknown code).");
        problem.addProperty("type", new StringSchema().format("uri-reference"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)));
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("field", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(error));
        problem.setAdditionalProperties(true);
        return problem;
    }
}
