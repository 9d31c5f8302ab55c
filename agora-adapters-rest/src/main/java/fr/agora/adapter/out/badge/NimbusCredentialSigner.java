package fr.agora.adapter.out.badge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.agora.application.port.out.badge.SignCredentialPort;
import fr.agora.domain.badge.BadgeCredential;
import fr.agora.domain.badge.SchoolSigningKey;
import fr.agora.domain.badge.StatusListCredential;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Date;
import java.util.Map;

/**
 * Signs credentials as VC-JWT (Open Badges 3.0 §8.2, "JSON Web Token Proof Format"): RS256, the {@code kid} the
 * school's JWKS serves; the payload is the credential itself with the registered claims the spec maps from it —
 * {@code iss} = issuer.id, {@code jti} = id, {@code sub} = credentialSubject.id, {@code nbf} = validFrom. The header's
 * {@code jku} (RFC 7515 §4.1.2) points at the school's JWK Set and {@code kid} picks the key in it.
 */
public class NimbusCredentialSigner implements SignCredentialPort {

    @Override
    public String signBadge(BadgeCredential c, SchoolSigningKey key, String keySetUrl) {
        return sign(OpenBadgesJson.credential(c), c.issuer().id(), c.id(), c.subjectId(), Date.from(c.validFrom()), key, keySetUrl);
    }

    @Override
    public String signStatusList(StatusListCredential c, SchoolSigningKey key, String keySetUrl) {
        return sign(OpenBadgesJson.statusList(c), c.issuerId(), c.id(), c.id() + "#list", Date.from(c.validFrom()), key, keySetUrl);
    }

    private static String sign(Map<String, Object> credential, String issuer, String id, String subject, Date notBefore,
                               SchoolSigningKey key, String keySetUrl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer(issuer).jwtID(id).subject(subject).notBeforeTime(notBefore);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.keyId())
                .jwkURL(URI.create(keySetUrl)).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(privateKey(key)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign with the key " + key.keyId(), e);
        }
        return jwt.serialize();
    }

    private static PrivateKey privateKey(SchoolSigningKey key) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.privateKey()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored key " + key.keyId() + " is not an RSA PKCS#8 key", e);
        }
    }
}
