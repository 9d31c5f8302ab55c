package fr.agora.application.port.in.access;

import fr.agora.application.port.in.shared.PlatformOperator;
import java.util.Optional;

/**
 * Recognises the platform operator's secret (sent as a bearer credential). Only the secret's SHA-256 is configured;
 * the presented secret is hashed and compared in constant time. Empty for any other credential, and always empty when
 * no operator is configured (the operator endpoints then answer 401 like any bad credential).
 */
public interface AuthenticateOperatorUseCase {

    Optional<PlatformOperator> authenticate(String credential);

    /** Whether an operator credential is configured at all. */
    boolean configured();
}
