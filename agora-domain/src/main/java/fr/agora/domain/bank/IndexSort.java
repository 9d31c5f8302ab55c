package fr.agora.domain.bank;

/** Stable merge sort of indices by (primary, secondary), for amounts too far apart to pack in a long. */
final class IndexSort {
    private IndexSort() {
    }

    static void sort(int[] idx, long[] primary, int[] secondary) {
        int[] tmp = new int[idx.length];
        for (int width = 1; width < idx.length; width *= 2) {
            for (int lo = 0; lo < idx.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, idx.length);
                int a = lo;
                int b = mid;
                int o = lo;
                while (a < mid && b < hi) {
                    tmp[o++] = compare(idx[b], idx[a], primary, secondary) < 0 ? idx[b++] : idx[a++];
                }
                while (a < mid) {
                    tmp[o++] = idx[a++];
                }
                while (b < hi) {
                    tmp[o++] = idx[b++];
                }
                System.arraycopy(tmp, lo, idx, lo, hi - lo);
            }
        }
    }

    private static int compare(int x, int y, long[] primary, int[] secondary) {
        int c = Long.compare(primary[x], primary[y]);
        if (c == 0 && secondary != null) {
            c = Integer.compare(secondary[x], secondary[y]);
        }
        return c;
    }
}
