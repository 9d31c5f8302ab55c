package fr.agora.adapter.out.persistence.badge;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import fr.agora.domain.shared.Uai;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the schools' badge-signing private keys at rest with a key-encryption key (KEK) from configuration. A stored
 * key is a JWE (RFC 7516) in compact serialisation, {@code "alg":"dir"} + {@code "enc":"A256GCM"} (AES-256-GCM, random
 * 96-bit IV, 128-bit tag), written and read by Nimbus JOSE: a standard layout, not a home-made one. The protected
 * header — authenticated as GCM's additional data, not encrypted — names the KEK ({@code kid}) and the row the key
 * belongs to ({@code uai}, {@code keyId}), so a ciphertext copied onto another school's row does not decrypt.
 *
 * <p>Rotation: new keys are encrypted with the current KEK; any listed KEK decrypts; stored keys under another KEK are
 * re-encrypted at start-up ({@link JdbcSchoolKeyStore#reencryptStaleKeys()}). The published development KEK
 * ({@link #DEV_KEK_ID}) always decrypts, so keys written during a first run move to the real KEK once one is configured.
 */
public final class BadgeKeyEncryption {

    /** The KEK used when none is configured outside production: its bytes are in this source, so it protects nothing. */
    public static final String DEV_KEK_ID = "dev-insecure";
    static final int KEK_BYTES = 32;

    private final String currentKekId;
    private final Map<String, SecretKey> keks = new LinkedHashMap<>();

    /**
     * @param currentKekId the KEK that encrypts new and re-encrypted keys; must be listed in {@code keks} or be the dev KEK
     * @param keks         KEK id → 32 raw bytes (AES-256)
     */
    public BadgeKeyEncryption(String currentKekId, Map<String, byte[]> keks) {
        this.keks.put(DEV_KEK_ID, aes(devKek()));
        keks.forEach((kid, bytes) -> {
            if (bytes.length != KEK_BYTES) {
                throw new IllegalArgumentException("the key-encryption key '" + kid + "' must be " + KEK_BYTES + " bytes (AES-256), not " + bytes.length);
            }
            this.keks.put(kid, aes(bytes));
        });
        if (!this.keks.containsKey(Objects.requireNonNull(currentKekId, "currentKekId"))) {
            throw new IllegalArgumentException("the current key-encryption key '" + currentKekId + "' is not among the configured ones " + keks.keySet());
        }
        this.currentKekId = currentKekId;
    }

    /** The development default alone (no configured KEK): loud in the logs, refused in production by the configuration. */
    public static BadgeKeyEncryption developmentDefault() {
        return new BadgeKeyEncryption(DEV_KEK_ID, Map.of());
    }

    public String currentKekId() {
        return currentKekId;
    }

    public Set<String> kekIds() {
        return keks.keySet();
    }

    /** The private key encrypted with the current KEK, bound to its row. */
    public String encrypt(Uai uai, String keyId, byte[] privateKey) {
        JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM).keyID(currentKekId)
                .customParam("uai", uai.value()).customParam("keyId", keyId).build();
        JWEObject jwe = new JWEObject(header, new Payload(privateKey));
        try {
            jwe.encrypt(new DirectEncrypter(keks.get(currentKekId)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not encrypt the signing key " + keyId + " of " + uai, e);
        }
        return jwe.serialize();
    }

    /** The private key, once the header is checked to name this very row and the GCM tag verified. */
    public byte[] decrypt(Uai uai, String keyId, String stored) {
        try {
            JWEObject jwe = JWEObject.parse(stored);
            JWEHeader h = jwe.getHeader();
            if (!uai.value().equals(h.getCustomParam("uai")) || !keyId.equals(h.getCustomParam("keyId"))) {
                throw new IllegalStateException("the stored signing key " + keyId + " of " + uai + " was encrypted for another row");
            }
            SecretKey kek = keks.get(h.getKeyID());
            if (kek == null) {
                throw new IllegalStateException("the signing key " + keyId + " of " + uai + " is encrypted with the key-encryption key '"
                        + h.getKeyID() + "', which is not configured (agora.badges.key-encryption.keys." + h.getKeyID() + ")");
            }
            jwe.decrypt(new DirectDecrypter(kek));
            return jwe.getPayload().toBytes();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("could not decrypt the signing key " + keyId + " of " + uai, e);
        }
    }

    private static SecretKey aes(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    /** SHA-256 of a fixed sentence: the same on every machine, so development databases survive restarts. */
    private static byte[] devKek() {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest("AGOrA development badge key-encryption key: public, never for production".getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }
}
