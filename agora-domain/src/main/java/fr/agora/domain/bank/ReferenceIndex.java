package fr.agora.domain.bank;

/**
 * Book entries by trimmed reference: one {@code long} slot per distinct key (its hash and its number) in an
 * open-addressing table, the entries of a key chained in input order. Looked up with a region of a string (a word of
 * a label) without building the substring; a key's string is read only when the hashes agree.
 */
final class ReferenceIndex {
    private final long[] slots;
    private final int mask;
    private final String[] keys;
    private final int[] head;
    private final int[] tail;
    private final int[] next;
    private int keyCount;

    private ReferenceIndex(int maxKeys, int entries) {
        int cap = Positions.capacity(maxKeys);
        slots = new long[cap];
        mask = cap - 1;
        keys = new String[maxKeys];
        head = new int[maxKeys];
        tail = new int[maxKeys];
        next = new int[entries];
    }

    /** The index of the entries that carry a reference, or null when none does. */
    static ReferenceIndex of(Side entries) {
        int withReference = 0;
        for (String r : entries.reference) {
            if (r != null) {
                withReference++;
            }
        }
        if (withReference == 0) {
            return null;
        }
        ReferenceIndex index = new ReferenceIndex(withReference, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (entries.reference[i] != null) {
                index.add(entries.reference[i], i);
            }
        }
        return index;
    }

    /** Entries must be added in increasing order. */
    private void add(String key, int entry) {
        int h = key.hashCode();
        int k = find(h, key, 0, key.length());
        next[entry] = -1;
        if (k < 0) {
            k = keyCount++;
            keys[k] = key;
            head[k] = entry;
            int i = Positions.mix(h) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = ((long) h << 32) | (k + 1L);
        } else {
            next[tail[k]] = entry;
        }
        tail[k] = entry;
    }

    /** The first entry whose reference equals {@code s[from, to)}, or -1. */
    int first(String s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + s.charAt(k); // String.hashCode() of the region
        }
        int k = find(h, s, from, to);
        return k < 0 ? -1 : head[k];
    }

    /** The entry after {@code entry} with the same reference, or -1. */
    int after(int entry) {
        return next[entry];
    }

    private int find(int h, String s, int from, int to) {
        int len = to - from;
        int i = Positions.mix(h) & mask;
        for (long v = slots[i]; v != 0; v = slots[i = (i + 1) & mask]) {
            if ((int) (v >>> 32) == h) {
                String key = keys[(int) v - 1];
                if (key.length() == len && s.regionMatches(from, key, 0, len)) {
                    return (int) v - 1;
                }
            }
        }
        return -1;
    }
}
