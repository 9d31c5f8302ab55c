package fr.agora.application.port.out.access;

import java.time.Instant;
import java.util.Optional;

/**
 * Signs and verifies the short-lived access tokens exchanged for an API key. The token names the key it was issued
 * for; the caller behind it is read from the key store at each use, so revoking the key ends its tokens at once.
 * Implementations sign with configured keys so that a token is valid on every instance sharing the configuration
 * and after a restart.
 */
public interface AccessTokenPort {

    /** A signed token for {@code keyId}, valid until {@code expiresAt}. */
    String issue(String keyId, Instant expiresAt);

    /** The key id of a token whose signature, issuer, audience and expiry hold at {@code now}; empty otherwise. */
    Optional<String> verify(String token, Instant now);
}
