package fr.agora.domain.bank;

/**
 * Primitive helpers shared by the matching layers: positions in sorted arrays and "next open position" pointers
 * (a union-find where a used position points past itself, so scans skip used items in amortised O(1)).
 */
final class Positions {
    private Positions() {
    }

    static int[] identity(int size) {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i;
        }
        return a;
    }

    /** First position in {@code [from, to)} of the sorted {@code days} whose day is ≥ {@code day}. */
    static int lowerBound(int[] days, int from, int to, int day) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first open position at or after {@code pos}, with path compression. */
    static int nextOpen(int[] next, int pos) {
        int root = pos;
        while (next[root] != root) {
            root = next[root];
        }
        while (next[pos] != root) {
            int nx = next[pos];
            next[pos] = root;
            pos = nx;
        }
        return root;
    }

    /** Marks {@code pos} used: scans now jump past it. */
    static void close(int[] next, int pos) {
        next[pos] = pos + 1;
    }

    /** Bits needed to write {@code v} (≥ 0); 0 for 0. */
    static int bits(long v) {
        return 64 - Long.numberOfLeadingZeros(v);
    }

    /** Spreads a hash over the low bits of an open-addressing table. */
    static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** Table capacity: a power of two at least twice {@code expected} (and at least 4). */
    static int capacity(int expected) {
        return Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
    }
}
