package fr.agora.adapter.in.rest.referentiel;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON of a published version's resources, rendered once. A version never changes (its checksum is its ETag), and
 * a v1 representation's shape is fixed, so the bytes of "competency 2.2.4 of the version with checksum c" are the
 * same for the life of the process: writing 13 kB of JSON per request was most of the endpoint's cost. Keys are
 * checksum-qualified, so a republished id under new content can never be answered from an old rendering. Bounded by
 * the published content: a few dozen entries per version. Unknown ids and codes throw before anything is cached.
 */
final class RenderedRepresentations {

    private final ObjectMapper json;
    private final ConcurrentMap<String, byte[]> rendered = new ConcurrentHashMap<>();

    RenderedRepresentations(ObjectMapper json) {
        this.json = json;
    }

    /** The rendering of {@code resource} of the version with this checksum, made by {@code body} the first time. */
    byte[] render(String checksum, String resource, Supplier<?> body) {
        return rendered.computeIfAbsent(checksum + '/' + resource, k -> json.writeValueAsBytes(body.get()));
    }

    int size() {
        return rendered.size();
    }
}
