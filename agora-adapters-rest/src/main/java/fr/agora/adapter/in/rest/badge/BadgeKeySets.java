package fr.agora.adapter.in.rest.badge;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import fr.agora.domain.badge.SchoolSigningKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;

/** A school's public key as a JWK Set (RFC 7517), written by Nimbus; the private half never leaves the signer. */
final class BadgeKeySets {

    private BadgeKeySets() {
    }

    static Map<String, Object> publicJwks(SchoolSigningKey key) {
        try {
            RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key.publicKey()));
            RSAKey jwk = new RSAKey.Builder(pub).keyID(key.keyId()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
            return new JWKSet(jwk).toJSONObject(true);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored key " + key.keyId() + " is not an RSA X.509 key", e);
        }
    }
}
