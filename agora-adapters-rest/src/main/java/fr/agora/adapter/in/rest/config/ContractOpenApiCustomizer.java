package fr.agora.adapter.in.rest.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every operation of the contract says the same way, written once instead of on each controller method (runs
 * after the other customizers, so it sees the security requirements and problem responses they add):
 * <ul>
 *   <li>public operations say so with {@code security: []}; secured ones document 401 and 403;</li>
 *   <li>a creation ({@code create…}/{@code register…}, or documented 201) answers 201 with its {@code Location} header
 *       and no springdoc default 200;</li>
 *   <li>every response header has a schema; 304 and 204 carry no body;</li>
 *   <li>a request body without an example gets the one kept in {@code openapi/examples/<operationId>.request.json},
 *       and the success response the one in {@code <operationId>.response.json} when there is one (the contract test
 *       sends the former and compares the answer with the latter).</li>
 * </ul>
 * {@code OpenApiContractTest} fails the build on any operation that breaks these or the naming rules.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ContractOpenApiCustomizer implements OpenApiCustomizer {

    static final String EXAMPLES = "openapi/examples/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(this::document));
    }

    private void document(Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            op.setSecurity(new ArrayList<>());
        } else {
            ensureProblem(responses, "401", "Missing, malformed, expired or revoked credential (`WWW-Authenticate: Bearer`)");
            ensureProblem(responses, "403", "The credential's role or school may not do this");
            // failed authentications are limited per client and per key (docs/limits.md §4)
            ensureProblem(responses, "429", "Too many failed authentications from this client or for this key; retry after `Retry-After`");
            responses.get("429").addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                    .schema(new io.swagger.v3.oas.models.media.IntegerSchema()));
            // the school's data is in the database: while it is unreachable the answer is a 503, never a 500
            ensureProblem(responses, "503", "The database is unavailable; retry after the `Retry-After` delay");
            responses.get("503").addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                    .schema(new io.swagger.v3.oas.models.media.IntegerSchema()));
        }
        String id = op.getOperationId() == null ? "" : op.getOperationId();
        if (!responses.containsKey("201") && (id.startsWith("create") || id.startsWith("register")) && responses.containsKey("200")
                && "OK".equals(responses.get("200").getDescription())) {
            // a creation answers 201 (the contract test requires it of create…): springdoc's inferred 200 of such a
            // handler is the created resource's body
            ApiResponse created = responses.remove("200");
            responses.addApiResponse("201", created.description("Created; `Location` is the new resource"));
        }
        if (responses.containsKey("201")) {
            // springdoc's inferred "200 OK" of a method that answers 201 (a 200 a controller describes stays, e.g. a replay)
            if (responses.containsKey("200") && "OK".equals(responses.get("200").getDescription())) {
                responses.remove("200");
            }
            ApiResponse created = responses.get("201");
            if (created.getHeaders() == null || !created.getHeaders().containsKey("Location")) {
                created.addHeaderObject("Location", new Header().description("URI of the created resource")
                        .schema(new StringSchema().format("uri-reference")));
            }
        }
        responses.forEach((code, response) -> {
            if (response.getHeaders() != null) {
                response.getHeaders().values().stream().filter(h -> h.getSchema() == null && h.get$ref() == null)
                        .forEach(h -> h.setSchema(new StringSchema()));
            }
            if ("304".equals(code) || "204".equals(code)) {
                response.setContent(null);
            }
        });
        if (op.getOperationId() != null) {
            attachExamples(op, responses);
        }
        if (op.getParameters() != null) {
            // "2.2" written as the example of a string parameter is parsed as a JSON number by swagger-core
            op.getParameters().stream()
                    .filter(p -> p.getExample() != null && !(p.getExample() instanceof String) && p.getSchema() != null && ("string".equals(p.getSchema().getType())
                            || p.getSchema().getTypes() != null && p.getSchema().getTypes().contains("string")))
                    .forEach(p -> p.setExample(p.getExample().toString()));
        }
    }

    private static void attachExamples(Operation op, ApiResponses responses) {
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            Object json = load(op.getOperationId() + ".request.json");
            String text = text(op.getOperationId() + ".request.csv");
            op.getRequestBody().getContent().forEach((type, m) -> {
                Object example = type.startsWith("text/") ? text : json;
                if (example != null && m.getExample() == null && (m.getExamples() == null || m.getExamples().isEmpty())) {
                    m.setExample(example);
                }
            });
        }
        Object answer = load(op.getOperationId() + ".response.json");
        if (answer != null) {
            responses.entrySet().stream().filter(e -> e.getKey().startsWith("2")).map(Map.Entry::getValue)
                    .filter(r -> r.getContent() != null)
                    .flatMap(r -> r.getContent().entrySet().stream())
                    .filter(e -> e.getKey().contains("json") && e.getValue().getExample() == null)
                    .forEach(e -> e.getValue().setExample(answer));
        }
    }

    private static void ensureProblem(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description)
                    .content(new Content().addMediaType(ProblemResponsesOpenApiCustomizer.PROBLEM_MEDIA_TYPE,
                            ProblemResponsesOpenApiCustomizer.problemMedia(code))));
        }
    }

    /** A text example (CSV) kept as a resource; null if absent. */
    static String text(String name) {
        ClassPathResource resource = new ClassPathResource(EXAMPLES + name);
        if (!resource.exists()) {
            return null;
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable example " + name, e);
        }
    }

    /** An example kept as a resource, as a JSON tree (so it is written as JSON, not as a string); null if absent. */
    static Object load(String name) {
        ClassPathResource resource = new ClassPathResource(EXAMPLES + name);
        if (!resource.exists()) {
            return null;
        }
        try (InputStream in = resource.getInputStream()) {
            return JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable example " + name, e);
        }
    }
}
