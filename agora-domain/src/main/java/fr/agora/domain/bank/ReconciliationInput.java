package fr.agora.domain.bank;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every input check of the reconciliation, in one place, while both sides are read into columns: the état date is
 * required; on each side ids are present and unique; dates lie in [état date − {@value #MAX_AGE_YEARS} years, état
 * date]; a line's VAT lies between 0 and its amount. The first failure is thrown, naming the item
 * ({@code bookEntries[3].id}); an amount beyond a {@code long} of cents fails only once every item has been checked.
 */
final class ReconciliationInput {
    /** Dates older than this many years before the état are refused as out of range. */
    static final int MAX_AGE_YEARS = 10;

    final Side entries;
    final Side lines;
    private final LocalDate date;
    private final LocalDate min;
    private final long maxDay;
    private final long minDay;
    private final IdSet ids;
    private ArithmeticException centsError;

    private ReconciliationInput(LocalDate date, int n, int m) {
        this.date = date;
        this.min = date.minusYears(MAX_AGE_YEARS);
        this.maxDay = date.toEpochDay();
        this.minDay = min.toEpochDay();
        this.ids = new IdSet(Math.max(n, m));
        this.entries = new Side(n, false);
        this.lines = new Side(m, true);
    }

    static ReconciliationInput read(LocalDate date, List<BookEntry> bookEntries, List<StatementLine> statementLines) {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        ReconciliationInput in = new ReconciliationInput(date, bookEntries.size(), statementLines.size());
        in.readEntries(bookEntries);
        in.ids.clear();
        in.readLines(statementLines);
        if (in.centsError != null) {
            throw in.centsError;
        }
        return in;
    }

    private void readEntries(List<BookEntry> bookEntries) {
        for (int i = 0; i < bookEntries.size(); i++) {
            BookEntry e = bookEntries.get(i);
            entries.day[i] = checkItem("bookEntries", i, e.id(), e.date(), entries.id);
            entries.reference[i] = trimmed(e.reference());
            String account = e.counterpartAccount();
            if (account != null && !account.isBlank()) { // most entries give none: no column, no store
                entries.setAccount(i, account.trim());
            }
            entries.anyReference |= entries.reference[i] != null;
            entries.cents[i] = cents(e.amount());
        }
    }

    private void readLines(List<StatementLine> statementLines) {
        for (int i = 0; i < statementLines.size(); i++) {
            StatementLine l = statementLines.get(i);
            lines.day[i] = checkItem("statementLines", i, l.id(), l.date(), lines.id);
            Money vat = l.vatAmount();
            if (vat != null && (vat.isNegative() || vat.compareTo(l.amount().abs()) > 0)) {
                throw new InvalidInputException("statementLines[" + i + "].vatAmount",
                        "must be between 0 and the line amount");
            }
            lines.reference[i] = trimmed(l.reference());
            String account = l.counterpartAccount();
            if (account != null && !account.isBlank()) {
                lines.setAccount(i, account.trim());
            }
            lines.anyReference |= lines.reference[i] != null;
            lines.label[i] = l.label();
            lines.cents[i] = cents(l.amount());
        }
    }

    /** Id present and unique on its side (kept in {@code idColumn}), date in range; returns the epoch day. */
    private int checkItem(String side, int i, String id, LocalDate d, String[] idColumn) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(side + "[" + i + "].id", "is required");
        }
        if (!ids.add(id, i, idColumn)) {
            throw new DuplicateIdException(side + "[" + i + "].id", id);
        }
        idColumn[i] = id;
        long day = d.toEpochDay();
        if (day > maxDay || day < minDay) {
            throw new InvalidInputException("date-out-of-range", side + "[" + i + "].date",
                    "date " + d + " is out of range [" + min + ", " + date + "]", Map.of("value", d.toString()));
        }
        return (int) day;
    }

    /** The amount in cents; beyond a long, the first such failure is kept for after the checks. */
    private long cents(Money amount) {
        try {
            return amount.cents();
        } catch (ArithmeticException ex) {
            centsError = centsError == null ? ex : centsError;
            return 0;
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Set of ids held as indices into the id column, with the hash beside them (no per-id allocation). */
    private static final class IdSet {
        private final long[] table;
        private final int mask;

        IdSet(int expected) {
            int cap = Positions.capacity(expected);
            table = new long[cap];
            mask = cap - 1;
        }

        /** Adds {@code ids[index] = id}; false when an equal id is already there. */
        boolean add(String id, int index, String[] ids) {
            int h = id.hashCode();
            int i = Positions.mix(h) & mask;
            while (true) {
                long v = table[i];
                if (v == 0) {
                    table[i] = ((long) h << 32) | (index + 1L);
                    return true;
                }
                if ((int) (v >>> 32) == h && ids[(int) v - 1].equals(id)) {
                    return false;
                }
                i = (i + 1) & mask;
            }
        }

        void clear() {
            Arrays.fill(table, 0L);
        }
    }
}
