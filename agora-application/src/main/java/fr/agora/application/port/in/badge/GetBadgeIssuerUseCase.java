package fr.agora.application.port.in.badge;

import fr.agora.domain.badge.SchoolSigningKey;
import fr.agora.domain.shared.Uai;

/**
 * What anyone needs to verify a school's badges, without credentials: its name (the issuer profile), its public key
 * and its signed status list. A school that never issued a badge has none of them (404).
 */
public interface GetBadgeIssuerUseCase {

    /** The issuer profile's content. */
    record IssuerProfile(String id, String name) {
    }

    IssuerProfile profile(Uai uai, String issuerBaseUrl);

    /** The school's signing key; callers serve its public half only. */
    SchoolSigningKey publicKey(Uai uai);

    /** The status list credential, signed now (compact VC-JWT). */
    String signedStatusList(Uai uai, String issuerBaseUrl);
}
