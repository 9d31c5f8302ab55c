package fr.agora.domain.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * One side of the reconciliation (the book entries or the statement lines) read once into primitive columns, with
 * the "used" flag each layer sets when it ticks an item. Index {@code i} is the item's position in the input list.
 */
final class Side {
    final String[] id;
    /** Trimmed reference, or null when blank. */
    final String[] reference;
    /** Trimmed counterpart account, or null when none was given; the column itself is null while no item gives one. */
    String[] account;
    /** Label (statement lines only; null for book entries, whose labels are not searched). */
    final String[] label;
    final int[] day;
    final long[] cents;
    final boolean[] used;
    /** Whether any item of this side gives an account / a reference (when not, no contradiction is looked up). */
    boolean anyAccount;
    boolean anyReference;

    Side(int size, boolean withLabels) {
        id = new String[size];
        reference = new String[size];
        label = withLabels ? new String[size] : null;
        day = new int[size];
        cents = new long[size];
        used = new boolean[size];
    }

    void setAccount(int i, String trimmedAccount) {
        if (account == null) {
            account = new String[id.length];
        }
        account[i] = trimmedAccount;
        anyAccount = true;
    }

    int size() {
        return id.length;
    }

    void use(int i) {
        used[i] = true;
    }

    int countOpen() {
        int open = 0;
        for (boolean u : used) {
            if (!u) {
                open++;
            }
        }
        return open;
    }

    /** Σ cents of the open items (overflow wraps, as a long sum does). */
    long openCents() {
        long sum = 0;
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                sum += cents[i];
            }
        }
        return sum;
    }

    /** The open items of {@code items} (this side's input list), in input order. */
    <T> List<T> open(List<T> items) {
        List<T> open = new ArrayList<>(countOpen());
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                open.add(items.get(i));
            }
        }
        return open;
    }
}
