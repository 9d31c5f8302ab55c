package fr.agora.adapter.in.rest.problem;

import java.net.URI;

/**
 * The stable {@code type} URIs of our RFC 9457 problems. Relative references ({@code /problems/<slug>}) resolve
 * against the API's own origin; the slugs never change once published, so clients may switch on them.
 */
public final class ProblemTypes {

    public static final String PREFIX = "/problems/";

    public static final URI VALIDATION = of("validation");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI INTERNAL = of("internal-error");

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(PREFIX + slug);
    }
}
