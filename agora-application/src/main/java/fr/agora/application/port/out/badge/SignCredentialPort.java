package fr.agora.application.port.out.badge;

import fr.agora.domain.badge.BadgeCredential;
import fr.agora.domain.badge.SchoolSigningKey;
import fr.agora.domain.badge.StatusListCredential;

/**
 * Writes a credential in its standard format and signs it (VC-JWT) with the school's key; {@code keySetUrl} is where
 * the school's public JWK Set is served, named in the signature's header so that a verifier can find the key.
 */
public interface SignCredentialPort {

    String signBadge(BadgeCredential credential, SchoolSigningKey key, String keySetUrl);

    String signStatusList(StatusListCredential credential, SchoolSigningKey key, String keySetUrl);
}
