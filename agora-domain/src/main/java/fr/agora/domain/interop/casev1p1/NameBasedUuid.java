package fr.agora.domain.interop.casev1p1;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * RFC 9562 version-5 (SHA-1, name-based) UUIDs. The JDK only offers version 3 (MD5); CASE consumers expect stable
 * identifiers across re-exports, and v5 of a name that encodes the référentiel version and the item code gives exactly
 * that: the same référentiel always exports the same identifiers.
 */
public final class NameBasedUuid {

    /** RFC 9562 namespace for names that are URLs/URNs. */
    public static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /** RFC 9562 namespace for DNS names (used by the test vectors). */
    public static final UUID NAMESPACE_DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    private NameBasedUuid() {
    }

    public static UUID v5(UUID namespace, String name) {
        return in(namespace).v5(name);
    }

    /** A generator for many names in one namespace: the namespace is hashed once, each name costs one digest. */
    public static Generator in(UUID namespace) {
        return new Generator(namespace);
    }

    /** Version-5 UUIDs of names in one namespace. Not thread-safe for its prototype; create one per thread. */
    public static final class Generator {
        private final UUID namespace;
        private final MessageDigest prototype;

        private Generator(UUID namespace) {
            this.namespace = namespace;
            this.prototype = sha1();
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            prototype.update(ns.array());
        }

        public UUID namespace() {
            return namespace;
        }

        public UUID v5(String name) {
            MessageDigest sha1;
            try {
                sha1 = (MessageDigest) prototype.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the SHA-1 digest of every JDK can be cloned", e);
            }
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer bb = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bb.getLong(), bb.getLong());
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
