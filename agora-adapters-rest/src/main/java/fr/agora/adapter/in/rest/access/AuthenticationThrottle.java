package fr.agora.adapter.in.rest.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits failed authentications (Bucket4j token buckets, one per client address and one per key id): each failure
 * takes a token, and a client or key whose bucket is empty is answered 429 with {@code Retry-After} — before its
 * credential is even checked — until the bucket refills. Successful authentications cost nothing. Failures are logged
 * with the reason, the key id (the public half of {@code agk_<keyId>.<secret>}) and the client address; never the
 * secret or the header. The bucket maps are bounded (least recently used evicted) so a flood of distinct addresses or
 * key ids cannot grow memory.
 *
 * <p>The per-key limit means a key under attack is locked for its owner too until it refills (a minute at most): the
 * price of making a targeted guess as slow as an untargeted one. The client address is the socket's; behind a proxy set
 * {@code server.forward-headers-strategy} so that it is the client's.
 */
public final class AuthenticationThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationThrottle.class);
    private static final int MAX_TRACKED = 10_000;
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{1,32}");

    private final Bandwidth perClient;
    private final Bandwidth perKey;
    private final Map<String, Bucket> clients = lru();
    private final Map<String, Bucket> keys = lru();

    public AuthenticationThrottle(long failuresPerClientPerMinute, long failuresPerKeyPerMinute) {
        this.perClient = Bandwidth.builder().capacity(failuresPerClientPerMinute)
                .refillGreedy(failuresPerClientPerMinute, Duration.ofMinutes(1)).build();
        this.perKey = Bandwidth.builder().capacity(failuresPerKeyPerMinute)
                .refillGreedy(failuresPerKeyPerMinute, Duration.ofMinutes(1)).build();
    }

    /** Seconds to wait when the client or the key has used up its failures, else empty. */
    public OptionalLong retryAfter(String client, String keyId) {
        long wait = Math.max(waitNanos(clients, client, perClient), keyId == null ? 0 : waitNanos(keys, keyId, perKey));
        return wait > 0 ? OptionalLong.of(Math.max(1, Duration.ofNanos(wait).toSeconds() + 1)) : OptionalLong.empty();
    }

    /** Records one failure (and logs it, without the secret). */
    public void failed(String client, String keyId, String reason, String path) {
        bucket(clients, client, perClient).tryConsume(1);
        if (keyId != null) {
            bucket(keys, keyId, perKey).tryConsume(1);
        }
        LOG.warn("Authentication failed: {} (key id {}, client {}, path {})", reason, keyId == null ? "-" : keyId, client,
                path.length() > 200 ? path.substring(0, 200) + "…" : path);
    }

    /** The public key id of {@code agk_<keyId>.<secret>} or {@code agt_<keyId>.…}, or null when there is none. */
    public static String keyIdOf(String credential) {
        if (credential == null || credential.length() < 5 || !(credential.startsWith("agk_") || credential.startsWith("agt_"))) {
            return null;
        }
        int dot = credential.indexOf('.', 4);
        String id = dot < 0 ? credential.substring(4) : credential.substring(4, dot);
        return KEY_ID.matcher(id).matches() ? id : null;
    }

    private static long waitNanos(Map<String, Bucket> buckets, String id, Bandwidth limit) {
        Bucket b;
        synchronized (buckets) {
            b = buckets.get(id);
        }
        if (b == null || b.getAvailableTokens() > 0) {
            return 0;
        }
        return b.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String id, Bandwidth limit) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(id, k -> Bucket.builder().addLimit(limit).build());
        }
    }

    private static Map<String, Bucket> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_TRACKED;
            }
        });
    }
}
