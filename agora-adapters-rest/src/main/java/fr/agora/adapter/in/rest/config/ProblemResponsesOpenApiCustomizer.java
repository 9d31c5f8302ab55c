package fr.agora.adapter.in.rest.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
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
 * operation can get 406 (an {@code Accept} it cannot serve); one with a body or parameters can get 400; one with a path
 * variable can get 404; one with a body 413 and 415. A 405 belongs to no operation (it answers a method the path does not
 * have) and a 500 would be a bug, not a contract (the fuzzer meets none): both are said once, in the document's description and
 * {@code docs/api-conventions.md}. {@code DocumentedStatusesApiTest} checks every status the test suite saw answered
 * against this.
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
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> document(openApi, path, op)));
    }

    private static void document(OpenAPI openApi, String path, Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        boolean takesInput = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (takesInput) {
            ensure(responses, "400", "Invalid input: the problem's `field` names the offending field or parameter; nothing is stored");
        }
        if (path.contains("{")) {
            ensure(responses, "404", "Unknown resource (an unknown id or code)");
        }
        ensure(responses, "406", "Not acceptable: the `Accept` header names no representation this operation answers");
        if (op.getRequestBody() != null) {
            ensure(responses, "413", "Payload too large: the body exceeds this operation's limit (`Connection: close`)");
            ensure(responses, "415", "Unsupported media type: send the body as one of the documented media types");
        }
        // Problem bodies on the responses a controller declared without content (e.g. 401, 403, 409, 422), with an
        // example that names what this operation takes.
        String field = ProblemExamples.firstInput(openApi, op);
        String pathVariable = path.contains("{") ? path.substring(path.lastIndexOf('{') + 1, path.lastIndexOf('}')) : null;
        java.util.Set<Object> successSchemas = new java.util.HashSet<>();
        responses.forEach((code, response) -> {
            if (code.startsWith("2") && response.getContent() != null) {
                response.getContent().values().forEach(m -> successSchemas.add(m.getSchema()));
            }
        });
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                withProblemBody(code, response, field, pathVariable, successSchemas);
            }
        });
    }

    private static void ensure(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        }
    }

    private static void withProblemBody(String code, ApiResponse response, String field, String pathVariable, java.util.Set<Object> successSchemas) {
        Content content = response.getContent() == null ? new Content() : response.getContent();
        MediaType json = content.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (json != null && successSchemas.contains(json.getSchema())) {
            // springdoc gives an @ApiResponse declared without content the success body: an error never has it
            content.remove(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        }
        // application/json left here is an error body of a standard of its own (the OAuth 2 token endpoint's RFC 6749
        // errors); the problem body is documented beside it, since a malformed request gets one there too
        // Springdoc infers Spring's ProblemDetail from the advice; ours documents the members we add (field, errors).
        content.addMediaType(PROBLEM_MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                .example(ProblemExamples.of(code, field, pathVariable)));
        // A springdoc default of "*/*" carrying the success schema would mislead generated clients on an error.
        content.remove("*/*");
        response.setContent(content);
    }

    /** The problem body of one status, with an example of that status (a 404 example never says 400). */
    static MediaType problemMedia(String code) {
        return new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                .example(ProblemExamples.of(code, null, null));
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
