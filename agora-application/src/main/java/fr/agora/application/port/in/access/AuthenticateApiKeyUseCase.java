package fr.agora.application.port.in.access;

import fr.agora.application.port.in.shared.Caller;
import java.util.Optional;

/**
 * Resolves a bearer credential to the caller it was issued for: its school, role and subject. Two forms are accepted:
 * an API key ({@code agk_<keyId>.<secret>}) and a short-lived access token obtained for it through
 * {@link #exchange} (the OAuth 2 client-credentials grant: {@code agt_<keyId>.<expiry>.<signature>}). Empty for a
 * malformed, unknown, expired or revoked credential, or a wrong secret (compared in constant time). A genuine
 * credential of a disabled school throws {@link fr.agora.domain.establishment.EstablishmentDisabledException} (403):
 * presenting it again cannot help.
 */
public interface AuthenticateApiKeyUseCase {

    Optional<Caller> authenticate(String token);

    /** Exchanges an API key for an access token; empty when the key does not authenticate. */
    Optional<AccessToken> exchange(String apiKey);

    record AccessToken(String token, long expiresInSeconds) {
    }
}
