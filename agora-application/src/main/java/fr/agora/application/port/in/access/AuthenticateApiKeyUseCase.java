package fr.agora.application.port.in.access;

import fr.agora.application.port.in.evaluation.Caller;
import java.util.Optional;

/**
 * Resolves an API key ({@code agk_<keyId>.<secret>}) to the caller it was issued for: its school, role and subject.
 * Empty for a malformed, unknown or revoked key, or a wrong secret (compared in constant time).
 */
public interface AuthenticateApiKeyUseCase {

    Optional<Caller> authenticate(String token);
}
