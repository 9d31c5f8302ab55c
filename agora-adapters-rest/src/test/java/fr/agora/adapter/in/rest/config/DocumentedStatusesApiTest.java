package fr.agora.adapter.in.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.AnsweredExchanges;
import fr.agora.adapter.in.rest.support.AnsweredExchanges.Exchange;
import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The document cannot lie about statuses: every answer the server gave during the whole REST test suite (recorded by
 * {@link AnsweredExchanges} on the real server, the fuzzer's thousands of mutated requests included) must be
 * documented for its operation, with its media type. Runs last ({@code junit-platform.properties} orders test classes
 * by {@code @Order}); run alone it has nothing to judge and is skipped.
 */
@Order(Integer.MAX_VALUE)
class DocumentedStatusesApiTest extends ApiTestSupport {

    /** Fewer answers than this means the suite did not run before this class (e.g. {@code -Dtest=} on it alone). */
    private static final int SUITE_MINIMUM = 300;

    @Test
    void every_answered_status_and_media_type_is_documented_for_its_operation() {
        Set<Exchange> seen = AnsweredExchanges.seen();
        Assumptions.assumeTrue(seen.size() >= SUITE_MINIMUM, "run with the REST test suite (" + seen.size() + " answers recorded)");
        JsonNode doc = get("/v3/api-docs").tree();
        Set<String> undocumented = new TreeSet<>();
        Set<String> judged = new TreeSet<>();
        for (Exchange e : seen) {
            Map.Entry<String, JsonNode> op = operation(doc, e.method(), e.path());
            if (op == null) {
                continue; // not an operation of the document (swagger UI, tutor page, an unknown path, a method a path lacks)
            }
            if (e.origin() && e.status() == 403 && e.mediaType() == null) {
                continue; // a browser's request from an origin not allowed (CORS): docs/api-conventions.md §2, said once
            }
            String where = e.method() + " " + op.getKey() + " (" + op.getValue().path("operationId").asString() + ")";
            judged.add(where);
            JsonNode response = op.getValue().path("responses").path(String.valueOf(e.status()));
            if (response.isMissingNode()) {
                undocumented.add(where + " answered " + e.status() + " (" + e.mediaType() + "), not documented; e.g. " + e.path()
                        + "?" + AnsweredExchanges.exampleQuery(e));
            } else if (e.mediaType() != null && !response.path("content").has(e.mediaType())) {
                List<String> documented = new ArrayList<>();
                response.path("content").propertyNames().forEach(documented::add);
                undocumented.add(where + " answered " + e.status() + " as " + e.mediaType() + ", documented as " + documented);
            }
        }
        assertThat(judged).as("operations exercised by the suite").hasSizeGreaterThan(40);
        assertThat(undocumented).isEmpty();
    }

    /**
     * The operation a request falls on, as Spring MVC picks it: among the path templates with this method, the one with
     * the most literal segments.
     */
    static Map.Entry<String, JsonNode> operation(JsonNode doc, String method, String path) {
        String verb = method.toLowerCase(java.util.Locale.ROOT);
        String[] segments = path.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (Map.Entry<String, JsonNode> item : doc.path("paths").properties()) {
            String[] template = item.getKey().split("/", -1);
            if (template.length != segments.length || !item.getValue().has(verb)) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{") && template[i].endsWith("}")) {
                    matches = !segments[i].isEmpty();
                } else {
                    matches = template[i].equals(segments[i]);
                    literals++;
                }
            }
            if (matches && literals > bestLiterals) {
                best = item.getKey();
                bestLiterals = literals;
            }
        }
        return best == null ? null : Map.entry(best, doc.path("paths").path(best).path(verb));
    }
}
