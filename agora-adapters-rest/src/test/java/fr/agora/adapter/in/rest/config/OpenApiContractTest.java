package fr.agora.adapter.in.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The contract as a client generator and an integrator read it. The build fails on a document that lies or that a
 * generator chokes on: duplicate schema names (springdoc silently keeps one of two DTOs with the same simple name),
 * operationIds that are not meaningful and unique, request bodies without an example, success answers typed
 * {@code *}{@code /*}, secured operations without 401/403, creations without 201 + {@code Location}, headers without
 * schema, public operations without {@code security: []}, a license without identifier, problem examples whose
 * status is not their response's. The served document is also written to {@code target/openapi.json} (linted by
 * {@code .ci/run}) and must equal the committed snapshot the Java client is generated from.
 */
class OpenApiContractTest extends ApiTestSupport {

    static final Path SNAPSHOT = Path.of("src/test/resources/openapi/openapi.json");
    static final Path SERVED = Path.of("target/openapi.json");
    /** lowerCamelCase of at least two words: {@code computeInvoice}, not {@code compute} nor {@code compute_1}. */
    private static final Pattern MEANINGFUL_OPERATION_ID = Pattern.compile("^[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+$");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode doc;

    @BeforeEach
    void read() throws Exception {
        // the first rendering of the document takes long on a loaded machine: a patient request of its own
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(base.resolve("/v3/api-docs")).timeout(java.time.Duration.ofMinutes(3)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        doc = json.readTree(r.body());
    }

    @Test
    void the_served_document_is_the_committed_snapshot() throws IOException {
        String served = json.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);
        if (Boolean.getBoolean("openapi.snapshot.update")) {
            Files.writeString(SNAPSHOT, served);
        }
        assertThat(Files.exists(SNAPSHOT)).as("committed snapshot %s", SNAPSHOT).isTrue();
        List<String> diff = new ArrayList<>();
        JsonDiff.diff("", json.readTree(Files.readString(SNAPSHOT)), doc, diff);
        assertThat(diff).as("""
                The served OpenAPI document differs from %s (the generated Java client is built from that snapshot).
                If the change is intended, refresh it with
                  ./mvnw -B -pl agora-adapters-rest -am verify -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.snapshot.update=true
                and commit it. Differences (snapshot → served)""", SNAPSHOT).isEmpty();
    }

    @Test
    void every_dto_reachable_from_an_endpoint_has_a_unique_schema_name() {
        Map<String, Set<Class<?>>> byName = new TreeMap<>();
        Set<Type> seen = new HashSet<>();
        mappings.getHandlerMethods().values().forEach(m -> SchemaTypes.collect(m, seen, byName));
        Map<String, Set<Class<?>>> clashes = new TreeMap<>();
        byName.forEach((name, classes) -> {
            if (classes.size() > 1) {
                clashes.put(name, classes);
            }
        });
        assertThat(byName).as("the walk found the DTOs").containsKeys("Ca3Request", "InvoiceLineDto", "LettrageLineDto");
        assertThat(clashes).as("schema names shared by several classes: springdoc documents only one of each").isEmpty();
    }

    @Test
    void every_operation_follows_the_contract_rules() {
        List<String> broken = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        Set<String> schemas = new HashSet<>();
        doc.path("components").path("schemas").propertyNames().forEach(schemas::add);
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = entry.getValue();
                String id = op.path("operationId").asString("");
                if (!MEANINGFUL_OPERATION_ID.matcher(id).matches()) {
                    broken.add(where + ": operationId '" + id + "' is not a meaningful lowerCamelCase name (verb + object)");
                }
                String previous = operationIds.put(id, where);
                if (previous != null) {
                    broken.add(where + ": operationId '" + id + "' is also " + previous);
                }
                String generated = Character.toUpperCase(id.isEmpty() ? 'X' : id.charAt(0)) + id.substring(Math.min(1, id.length())) + "Request";
                if (schemas.contains(generated)) {
                    broken.add(where + ": operationId '" + id + "' makes typescript-fetch generate '" + generated
                            + "', which is also a schema name");
                }
                checkRequestBody(where, op, broken);
                checkResponses(where, op, broken);
                checkSecurity(where, op, broken);
            }
        }
        assertThat(broken).isEmpty();
    }

    private static void checkRequestBody(String where, JsonNode op, List<String> broken) {
        for (Map.Entry<String, JsonNode> media : op.path("requestBody").path("content").properties()) {
            // a multipart upload carries a file (Factur-X PDF): no textual example can stand for it
            boolean upload = media.getKey().equals("multipart/form-data");
            if (!upload && !media.getValue().has("example") && media.getValue().path("examples").isEmpty()) {
                broken.add(where + ": the " + media.getKey() + " request body has no example (add "
                        + "@ExampleObject or src/main/resources/" + ContractOpenApiCustomizer.EXAMPLES
                        + op.path("operationId").asString() + ".request.json, or .request.csv for text)");
            }
        }
    }

    private static void checkResponses(String where, JsonNode op, List<String> broken) {
        JsonNode responses = op.path("responses");
        if (responses.has("201")) {
            if (!responses.path("201").path("headers").path("Location").has("schema")) {
                broken.add(where + ": 201 without a Location header");
            }
        }
        if (op.path("operationId").asString("").startsWith("create") && !responses.has("201")) {
            broken.add(where + ": a creation must answer 201 with Location");
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            String code = response.getKey();
            for (Map.Entry<String, JsonNode> header : response.getValue().path("headers").properties()) {
                if (!header.getValue().has("schema") && !header.getValue().has("$ref")) {
                    broken.add(where + ": " + code + " header " + header.getKey() + " has no schema");
                }
            }
            JsonNode content = response.getValue().path("content");
            if (content.has("*/*")) {
                broken.add(where + ": " + code + " is typed */* (say what it is: application/json, text/csv …)");
            }
            if (code.matches("[45]\\d\\d") && !content.has("application/json")) {
                JsonNode example = content.path("application/problem+json").path("example");
                if (example.path("status").asInt() != Integer.parseInt(code)) {
                    broken.add(where + ": the " + code + " problem example says status " + example.path("status"));
                }
            }
        }
    }

    private static void checkSecurity(String where, JsonNode op, List<String> broken) {
        if (!op.has("security") || !op.path("security").isArray()) {
            broken.add(where + ": no security requirement (public operations say security: [])");
        } else if (!op.path("security").isEmpty()) {
            for (String code : List.of("401", "403")) {
                if (!op.path("responses").has(code)) {
                    broken.add(where + ": secured but " + code + " is not documented");
                }
            }
        }
    }

    /**
     * Every list answers the one envelope with the two parameters, so a future list cannot forget them: a GET whose 200
     * JSON body is an array, whose operationId starts with {@code list}, or whose body looks like a page (an
     * {@code items} array, or a {@code total} beside a {@code page}) must answer {@code PageResponse…} ({@code items, page, size, total}) and refer to the
     * {@code page} and {@code size} parameter components. The standards' own collections (CASE, OneRoster under
     * {@code /ims/}) keep the {@code limit}/{@code offset} paging their specifications define.
     */
    @Test
    void every_list_is_paged_with_the_one_envelope_and_the_two_parameters() {
        List<String> broken = new ArrayList<>();
        int lists = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || path.getKey().startsWith("/ims/")) {
                continue;
            }
            JsonNode schema = get.path("responses").path("200").path("content").path("application/json").path("schema");
            String ref = schema.path("$ref").asString("");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode body = ref.isEmpty() ? schema : doc.path("components").path("schemas").path(name);
            boolean array = "array".equals(schema.path("type").asString(""));
            // an array of items, or a total beside a page number (a getPfmpAllowance's `total` is an amount, not a count)
            boolean pageLike = "array".equals(body.path("properties").path("items").path("type").asString(""))
                    || body.path("properties").has("total") && body.path("properties").has("page");
            String id = get.path("operationId").asString("");
            if (!array && !pageLike && !id.startsWith("list")) {
                continue;
            }
            lists++;
            String where = "GET " + path.getKey() + " (" + id + ")";
            if (array || !name.startsWith("PageResponse")) {
                broken.add(where + ": answers " + (array ? "a bare array" : "'" + name + "'") + ", not the PageResponse envelope");
            } else if (!List.of("items", "page", "size", "total").stream().allMatch(body.path("properties")::has)
                    || !"array".equals(body.path("properties").path("items").path("type").asString(""))) {
                broken.add(where + ": its envelope " + name + " lacks items/page/size/total");
            }
            List<String> refs = new ArrayList<>();
            get.path("parameters").forEach(p -> refs.add(p.path("$ref").asString("")));
            if (!refs.containsAll(List.of("#/components/parameters/page", "#/components/parameters/size"))) {
                broken.add(where + ": does not take the page and size parameters (#/components/parameters/page, size)");
            }
            if (!get.path("responses").path("200").path("headers").has("Link")) {
                broken.add(where + ": 200 does not document the Link header");
            }
        }
        assertThat(lists).as("list operations found").isGreaterThanOrEqualTo(12);
        assertThat(broken).isEmpty();
        JsonNode size = doc.path("components").path("parameters").path("size").path("schema");
        assertThat(size.path("minimum").asInt()).isEqualTo(1);
        assertThat(size.path("maximum").asInt()).isEqualTo(fr.agora.application.port.in.shared.Page.MAX_SIZE);
        assertThat(size.path("default").asInt()).isEqualTo(fr.agora.application.port.in.shared.Page.DEFAULT_SIZE);
        assertThat(doc.path("components").path("parameters").path("page").path("schema").path("maximum").asInt())
                .isEqualTo(fr.agora.application.port.in.shared.Page.MAX_PAGE);
    }

    @Test
    void tags_name_readable_generated_classes() {
        // openapi-generator names an API class after each tag: "Référentiel" became RfrentielApi
        List<String> tags = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(op -> op.path("tags").forEach(t -> tags.add(t.asString()))));
        assertThat(tags).isNotEmpty().allMatch(t -> t.matches("[A-Z][A-Za-z0-9 ]*"), "ASCII words starting with a capital");
    }

    @Test
    void the_license_has_an_spdx_identifier_and_servers_are_relative() {
        assertThat(doc.path("info").path("license").path("identifier").asString()).isEqualTo("EUPL-1.2");
        assertThat(doc.path("servers").path(0).path("url").asString()).isEqualTo("/");
    }

    @Test
    void every_public_request_example_is_accepted_and_the_documented_answer_is_the_real_one() {
        List<String> broken = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            JsonNode post = path.getValue().path("post");
            JsonNode example = example(post.path("requestBody").path("content").path("application/json"));
            if (path.getKey().contains("{") || !post.path("security").isEmpty() || example.isMissingNode()) {
                continue;
            }
            sent++;
            ApiResponse r = post(path.getKey(), json.writeValueAsString(example));
            if (r.status() / 100 != 2) {
                broken.add("POST " + path.getKey() + " answers " + r.status() + " to its own example: " + r.body());
                continue;
            }
            JsonNode documented = example(post.path("responses").path(String.valueOf(r.status())).path("content")
                    .path("application/json"));
            List<String> diff = new ArrayList<>();
            if (!documented.isMissingNode()) {
                JsonDiff.diff("", documented, r.tree(), diff);
            }
            if (!diff.isEmpty()) {
                broken.add("POST " + path.getKey() + ": the documented answer differs from the real one: " + diff);
            }
        }
        assertThat(sent).as("public operations with an example").isGreaterThan(10);
        assertThat(broken).isEmpty();
    }

    /** The media type's {@code example}, or else the value of its first named example (an {@code @ExampleObject}). */
    private static JsonNode example(JsonNode mediaType) {
        if (mediaType.has("example")) {
            return mediaType.path("example");
        }
        for (JsonNode named : mediaType.path("examples")) {
            return named.path("value");
        }
        return mediaType.path("example");
    }
}
