package fr.agora.domain.badge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List (VC Bitstring Status List v1.0, §2.1 and §3.2): one bit per issued credential, 1 =
 * revoked. Index 0 is the left-most bit of the first byte. {@link #encodedList()} is the spec's encoding: the
 * bitstring GZIP-compressed, base64url without padding, with the multibase prefix {@code u}. The size is the spec's
 * minimum, 131 072 bits (16 KB), so that one revoked credential hides among many (herd privacy).
 */
public final class StatusList {

    public static final int SIZE = 131_072;

    private final byte[] bits;

    private StatusList(byte[] bits) {
        this.bits = bits;
    }

    /** A list with the given indexes set. */
    public static StatusList withSet(Collection<Integer> indexes) {
        byte[] bits = new byte[SIZE / 8];
        for (int i : indexes) {
            checkIndex(i);
            bits[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        return new StatusList(bits);
    }

    /** Reads an {@code encodedList} back (a verifier's side, used by the tests and by anyone embedding the domain). */
    public static StatusList decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("encodedList must be multibase base64url (prefix 'u')");
        }
        byte[] gz = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] bits = in.readNBytes(SIZE / 8 + 1);
            if (bits.length < SIZE / 8) {
                throw new IllegalArgumentException("status list shorter than " + SIZE + " bits");
            }
            return new StatusList(java.util.Arrays.copyOf(bits, bits.length));
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP data", e);
        }
    }

    public boolean isSet(int index) {
        if (index < 0 || index >= bits.length * 8) {
            throw new IllegalArgumentException("status index " + index + " outside the list");
        }
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    public String encodedList() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    public static void checkIndex(int index) {
        if (index < 0 || index >= SIZE) {
            throw new IllegalArgumentException("status index " + index + " outside 0.." + (SIZE - 1));
        }
    }
}
