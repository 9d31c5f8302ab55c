package fr.agora.domain.shared;

import java.util.Collection;

/**
 * An unambiguous text of a sequence of values, to be digested (request fingerprints): a value is written as its
 * length in UTF-16 units, a colon and its characters ({@code 3:abc}); an absent value as {@code ~}; a list as its
 * size in brackets followed by its values ({@code [2]1:a1:b}). Lengths end at the colon and sizes at the bracket, so
 * two different sequences never give the same text — unlike a concatenation or a record's {@code toString()}, whose
 * format is the JDK's, not ours.
 */
public final class CanonicalForm {

    private final StringBuilder text = new StringBuilder();

    public CanonicalForm add(String value) {
        if (value == null) {
            text.append('~');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        return this;
    }

    public CanonicalForm add(Collection<String> values) {
        text.append('[').append(values.size()).append(']');
        values.forEach(this::add);
        return this;
    }

    /** The size of what follows, for a list whose elements are written one by one. */
    public CanonicalForm count(int size) {
        text.append('[').append(size).append(']');
        return this;
    }

    public String text() {
        return text.toString();
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex (64 characters). */
    public String sha256() {
        return Sha256.hex(text.toString());
    }
}
