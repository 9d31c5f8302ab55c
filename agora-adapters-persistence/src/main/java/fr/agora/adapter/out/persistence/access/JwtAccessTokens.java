package fr.agora.adapter.out.persistence.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.agora.application.port.out.access.AccessTokenPort;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Access tokens as signed JWTs (RFC 7519, HS256, Nimbus JOSE + JWT): {@code iss} and {@code aud} "agora",
 * {@code sub} the API key id, {@code iat}, {@code exp}, a random {@code jti}, and the signing key's {@code kid} in the
 * header. Tokens are signed with the current key and verified with any key still listed, which is how keys rotate:
 * add the new key as current, keep the old one as a verification key for one token lifetime, then drop it.
 *
 * <p>An outbound adapter (the application asks it to sign and verify; the keys are configuration every instance
 * shares, read here like the database settings). HMAC keys are secrets shared by the instances (never published, so no JWKS): a token is valid on every instance
 * with the same configuration and after a restart.
 */
public final class JwtAccessTokens implements AccessTokenPort {

    static final String ISSUER = "agora";
    static final String AUDIENCE = "agora-api";
    private static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt"); // RFC 9068

    private final String currentKeyId;
    private final MACSigner signer;
    private final Map<String, MACVerifier> verifiers = new LinkedHashMap<>();

    /**
     * @param currentKeyId the {@code kid} that signs new tokens; must be in {@code keys}
     * @param keys every key that verifies tokens, by {@code kid} (each at least 256 bits, as HS256 requires)
     */
    public JwtAccessTokens(String currentKeyId, Map<String, byte[]> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the signing key '" + currentKeyId + "' is not among the keys " + keys.keySet());
        }
        try {
            this.signer = new MACSigner(keys.get(currentKeyId));
            for (Map.Entry<String, byte[]> key : keys.entrySet()) {
                verifiers.put(key.getKey(), new MACVerifier(key.getValue()));
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("an access-token key must have at least 256 bits (32 bytes)", e);
        }
        this.currentKeyId = currentKeyId;
    }

    @Override
    public String issue(String keyId, Instant expiresAt) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(keyId)
                .issueTime(Date.from(now)).expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(currentKeyId).type(TYPE).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }

    @Override
    public Optional<String> verify(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty(); // never "none", never another algorithm than ours
            }
            MACVerifier verifier = verifiers.get(jwt.getHeader().getKeyID());
            if (verifier == null || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid = ISSUER.equals(claims.getIssuer()) && claims.getAudience().equals(List.of(AUDIENCE))
                    && claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now)
                    && claims.getSubject() != null;
            return valid ? Optional.of(claims.getSubject()) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
