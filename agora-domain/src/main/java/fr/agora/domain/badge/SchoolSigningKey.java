package fr.agora.domain.badge;

import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.Objects;

/**
 * A school's credential-signing key pair as encoded bytes: the public key as X.509 SubjectPublicKeyInfo, the private
 * key as PKCS#8 (the JDK's standard encodings). {@code keyId} is the JOSE {@code kid} the JWKS serves.
 */
public record SchoolSigningKey(Uai uai, String keyId, String algorithm, byte[] publicKey, byte[] privateKey,
                               Instant createdAt) {

    public SchoolSigningKey {
        Objects.requireNonNull(uai, "uai");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        publicKey = Objects.requireNonNull(publicKey, "publicKey").clone();
        privateKey = Objects.requireNonNull(privateKey, "privateKey").clone();
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public String toString() {
        return "SchoolSigningKey[" + uai + ", " + keyId + ", " + algorithm + "]"; // never the private key
    }
}
