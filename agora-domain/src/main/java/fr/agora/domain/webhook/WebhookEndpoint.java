package fr.agora.domain.webhook;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Uai;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A school's subscription: where to deliver, which events, the signing secret (kept as the HMAC key itself: the
 * receiver needs the same bytes, so a hash would not do), and whether it is still enabled — an endpoint that keeps
 * failing is disabled with the instant and the reason, which the school sees on the endpoint.
 */
public record WebhookEndpoint(String id, Uai uai, String url, Set<WebhookEventType> events, String secret, String description,
                              boolean enabled, int consecutiveFailures, Instant disabledAt, String disabledReason, Instant createdAt) {

    public static final int MAX_URL = 2000;

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uai, "uai");
        checkUrl(url, true);
        if (events == null || events.isEmpty()) throw new InvalidInputException("events", "at least one event type is required");
        events = Set.copyOf(EnumSet.copyOf(events));
        WebhookSignature.key(secret);
        if (description != null && description.length() > 200) throw new InvalidInputException("description", "description is longer than 200 characters");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean wants(WebhookEventType type) {
        return enabled && events.contains(type);
    }

    /**
     * Checks a target URL's shape: absolute, no user info, no fragment; {@code https} unless {@code allowHttp}
     * (tests). Whether its addresses are public is checked when it is resolved, just before each connection.
     */
    public static URI checkUrl(String url, boolean allowHttp) {
        if (url == null || url.isBlank()) throw new InvalidInputException("url", "url is required");
        if (url.length() > MAX_URL) throw new InvalidInputException("url", "url is longer than " + MAX_URL + " characters");
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "url is not a valid URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new InvalidInputException("url", "url must use https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) throw new InvalidInputException("url", "url must name a host");
        if (uri.getRawUserInfo() != null) throw new InvalidInputException("url", "url must not carry credentials");
        if (uri.getRawFragment() != null) throw new InvalidInputException("url", "url must not have a fragment");
        return uri;
    }

    public WebhookEndpoint disabled(Instant at, String reason) {
        return new WebhookEndpoint(id, uai, url, events, secret, description, false, consecutiveFailures, at, reason, createdAt);
    }

    /** Enabled again by the school: the failure count starts over. */
    public WebhookEndpoint reEnabled() {
        return new WebhookEndpoint(id, uai, url, events, secret, description, true, 0, null, null, createdAt);
    }
}
