package fr.agora.adapter.in.rest.referentiel;

import fr.agora.adapter.in.rest.http.ETags;
import fr.agora.domain.shared.Sha256;
import java.time.Duration;
import org.springframework.http.CacheControl;

/**
 * HTTP caching of the référentiel. A published version never changes (a change ships under a new id), so every
 * resource of a version has a strong entity tag derived from the version's checksum — plus, for a filtered list, a
 * hash of its canonical filters — and may be cached by any cache. The list of versions can grow, so it is cached
 * briefly and tagged by the ids and checksums it lists. The shape of a v1 representation is part of the v1 contract
 * (a new shape would be a new path), so it is not part of the tag.
 */
final class ReferentielCaching {

    /** Resources of one version: immutable content, revalidated hourly all the same (cheap: a 304). */
    static final CacheControl VERSION = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    /** The list of versions: a new version may be published by another instance. */
    static final CacheControl VERSIONS = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private ReferentielCaching() {
    }

    /** The tag of a resource that depends on the version only. */
    static String etag(String checksum) {
        return ETags.strong(checksum);
    }

    /** The tag of a filtered list: the version's checksum and a short hash of the canonical filters. */
    static String etag(String checksum, String canonicalFilters) {
        return ETags.strong(checksum + "-" + Sha256.hex(canonicalFilters).substring(0, 16));
    }
}
