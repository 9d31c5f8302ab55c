package fr.agora.domain.bank;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.shared.SubsetSum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The matching engine (pointage) and the état de rapprochement.
 *
 * <p>Layers, in order; an item used by one layer is never offered to the next:
 * <ol>
 *   <li>{@link MatchRule#REFERENCE}: the line's reference, or a word of its label, equals an entry's reference, and
 *       the amounts are equal. Same reference with a different amount is a {@link NearMiss}, never a match.</li>
 *   <li>{@link MatchRule#AMOUNT_DATE}: same amount in cents, dates within the tolerance; rank: closest date, then
 *       earliest entry date, then input order.</li>
 *   <li>Many-to-one, both ways: a subset of at most {@code maxGroupSize} items among the first
 *       {@code maxCandidates} open items of the same sign inside the date window whose sum is the other item.</li>
 * </ol>
 *
 * <p>Cost: each side is read once into primitive columns (ids, epoch days, amounts in cents); the reference index is
 * an open-addressing table probed with the label's words in place (no substring); the amount layer sorts the open
 * items once by (amount, date, index) packed in a {@code long} and walks both sides group by group, each group with
 * "next open item" skip pointers; the many-to-one layers look at a capped window of a date-sorted array. The whole
 * run is O(n log n) and allocates, besides its result, a few arrays of n primitives.
 */
public final class BankReconciler {

    public static final String BANK_ACCOUNT = "512";
    public static final String SUSPENSE_ACCOUNT = "471";
    public static final String DEDUCTIBLE_VAT_ACCOUNT = "44566";
    /** Dates older than this many years before the état are refused as out of range. */
    public static final int MAX_AGE_YEARS = 10;
    /** At most this many open entries sharing a reference are looked at for one key of a line. */
    private static final int MAX_REFERENCE_CANDIDATES = 64;
    /** Open items spread over at most this many days are sorted by day with a counting sort. */
    private static final int MAX_COUNTING_SPAN = 1 << 16;

    private final MatchingOptions options;

    public BankReconciler(MatchingOptions options) {
        this.options = options;
    }

    public BankReconciler() {
        this(MatchingOptions.defaults());
    }

    public Reconciliation reconcile(LocalDate date, Money bookBalance, Money bankBalance,
                                    List<BookEntry> entries, List<StatementLine> lines) {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        Run run = new Run(date, entries, lines);
        List<Match> matches = new ArrayList<>(Math.min(run.n, run.m));
        run.matchByReference(matches);
        run.matchByAmountAndDate(matches, options.dateToleranceDays(), options.maxCandidates());
        run.manyToOne(true, matches, options);
        run.manyToOne(false, matches, options);
        return run.result(matches, bookBalance, bankBalance);
    }

    /** Écriture de régularisation for a statement line the books do not show (items only in the books get none). */
    public static AdjustingEntry adjustingEntry(StatementLine l) {
        boolean suspense = l.counterpartAccount() == null || l.counterpartAccount().isBlank();
        String account = suspense ? SUSPENSE_ACCOUNT : l.counterpartAccount();
        Money amount = l.amount().abs();
        List<AdjustingEntry.Line> out = new ArrayList<>();
        if (l.amount().isPositive()) {
            out.add(new AdjustingEntry.Line(BANK_ACCOUNT, amount, Money.ZERO));
            out.add(new AdjustingEntry.Line(account, Money.ZERO, amount));
        } else {
            Money vat = l.vatAmount() == null ? Money.ZERO : l.vatAmount().abs();
            out.add(new AdjustingEntry.Line(account, amount.minus(vat), Money.ZERO));
            if (vat.isPositive()) {
                out.add(new AdjustingEntry.Line(DEDUCTIBLE_VAT_ACCOUNT, vat, Money.ZERO));
            }
            out.add(new AdjustingEntry.Line(BANK_ACCOUNT, Money.ZERO, amount));
        }
        return new AdjustingEntry(l.id(), l.label(), out, suspense);
    }

    /** A character of a label word (words are runs of at least 3 of them). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '_';
    }

    /** One reconciliation: both sides as columns, the "used" flags, and the layers. */
    private static final class Run {
        final List<BookEntry> entries;
        final List<StatementLine> lines;
        final int n;
        final int m;
        final String[] eId;
        final String[] eRef;
        final int[] eDay;
        final long[] eCents;
        final boolean[] eUsed;
        final String[] lId;
        final String[] lRef;
        final String[] lLabel;
        final int[] lDay;
        final long[] lCents;
        final boolean[] lUsed;
        // validation state, set by read()
        private LocalDate date;
        private LocalDate min;
        private long maxDay;
        private long minDay;
        private IdSet ids;
        private ArithmeticException centsError;
        /** Near-miss candidates in discovery order, each (entry index << 32 | line index). */
        long[] near = new long[16];
        int nearCount;

        Run(LocalDate date, List<BookEntry> entries, List<StatementLine> lines) {
            this.entries = entries;
            this.lines = lines;
            n = entries.size();
            m = lines.size();
            eId = new String[n];
            eRef = new String[n];
            eDay = new int[n];
            eCents = new long[n];
            eUsed = new boolean[n];
            lId = new String[m];
            lRef = new String[m];
            lLabel = new String[m];
            lDay = new int[m];
            lCents = new long[m];
            lUsed = new boolean[m];
            read(date);
        }

        /**
         * Validates both sides (same checks, same order, same exceptions as an item-by-item check) and fills the
         * columns. An amount beyond a {@code long} of cents fails only after every item has been validated.
         */
        private void read(LocalDate date) {
            this.date = date;
            min = date.minusYears(MAX_AGE_YEARS);
            maxDay = date.toEpochDay();
            minDay = min.toEpochDay();
            ids = new IdSet(Math.max(n, m));
            for (int i = 0; i < n; i++) {
                BookEntry e = entries.get(i);
                eDay[i] = checkItem("bookEntries", i, e.id(), e.date(), eId);
                eRef[i] = e.reference();
                eCents[i] = cents(e.amount());
            }
            ids.clear();
            for (int i = 0; i < m; i++) {
                StatementLine l = lines.get(i);
                lDay[i] = checkItem("statementLines", i, l.id(), l.date(), lId);
                Money vat = l.vatAmount();
                if (vat != null && (vat.isNegative() || vat.compareTo(l.amount().abs()) > 0)) {
                    throw new InvalidInputException("statementLines[" + i + "].vatAmount",
                            "must be between 0 and the line amount");
                }
                lRef[i] = l.reference();
                lLabel[i] = l.label();
                lCents[i] = cents(l.amount());
            }
            if (centsError != null) {
                throw centsError;
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
                throw outOfRange(side + "[" + i + "]", d, date, min);
            }
            return (int) day;
        }

        /** The amount in cents; beyond a long, the first such failure is thrown once every item is validated. */
        private long cents(Money amount) {
            try {
                return amount.cents();
            } catch (ArithmeticException ex) {
                centsError = centsError == null ? ex : centsError;
                return 0;
            }
        }

        private static InvalidInputException outOfRange(String prefix, LocalDate d, LocalDate date, LocalDate min) {
            return new InvalidInputException("date-out-of-range", prefix + ".date",
                    "date " + d + " is out of range [" + min + ", " + date + "]", Map.of("value", d.toString()));
        }

        // ---------------------------------------------------------------- layer 1: reference

        void matchByReference(List<Match> matches) {
            int withReference = 0;
            for (int i = 0; i < n; i++) {
                if (eRef[i] != null) {
                    withReference++;
                }
            }
            RefIndex index = null;
            for (int i = 0; i < n; i++) {
                String r = eRef[i];
                if (r != null && !r.isBlank()) {
                    if (index == null) {
                        index = new RefIndex(withReference, n);
                    }
                    index.add(r.trim(), i);
                }
            }
            if (index == null) {
                return;
            }
            for (int li = 0; li < m; li++) {
                String r = lRef[li];
                if (r != null && !r.isBlank()) {
                    String k = r.trim();
                    if (tryReference(index, li, k, 0, k.length(), matches)) {
                        continue;
                    }
                }
                String label = lLabel[li];
                int len = label.length();
                int start = -1;
                for (int i = 0; i <= len; i++) {
                    boolean word = i < len ? isWordChar(label.charAt(i)) : false;
                    if (word && start < 0) {
                        start = i;
                    } else if (!word && start >= 0) {
                        if (i - start >= 3 && tryReference(index, li, label, start, i, matches)) {
                            break;
                        }
                        start = -1;
                    }
                }
            }
        }

        /** Offers line {@code li} the entries whose reference is {@code key[from, to)}; true when it matched. */
        private boolean tryReference(RefIndex index, int li, String key, int from, int to, List<Match> matches) {
            int e = index.first(key, from, to);
            int seen = 0;
            for (; e >= 0; e = index.after(e)) {
                if (eUsed[e]) {
                    continue;
                }
                if (++seen > MAX_REFERENCE_CANDIDATES) {
                    return false;
                }
                if (eCents[e] == lCents[li]) {
                    eUsed[e] = true;
                    lUsed[li] = true;
                    matches.add(new Match(List.of(eId[e]), List.of(lId[li]), MatchRule.REFERENCE));
                    return true;
                }
                if (nearCount == near.length) {
                    near = Arrays.copyOf(near, 2 * near.length);
                }
                near[nearCount++] = ((long) e << 32) | li;
            }
            return false;
        }

        // ---------------------------------------------------------------- layer 2: amount and date

        /**
         * Groups the open entries and the open lines by amount with one sort per side, then, group by group, offers
         * each line (in input order) the open entries of its amount inside the date window, sorted by (date, index).
         * Lines of different amounts never compete for an entry, so the groups are independent; the matches are
         * emitted afterwards in line order.
         */
        void matchByAmountAndDate(List<Match> matches, int tol, int maxCandidates) {
            int ne = 0;
            long minC = Long.MAX_VALUE;
            long maxC = Long.MIN_VALUE;
            int minD = Integer.MAX_VALUE;
            int maxD = Integer.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                if (!eUsed[i]) {
                    ne++;
                    minC = Math.min(minC, eCents[i]);
                    maxC = Math.max(maxC, eCents[i]);
                    minD = Math.min(minD, eDay[i]);
                    maxD = Math.max(maxD, eDay[i]);
                }
            }
            int nl = 0;
            for (int i = 0; i < m; i++) {
                if (!lUsed[i]) {
                    nl++;
                    minC = Math.min(minC, lCents[i]);
                    maxC = Math.max(maxC, lCents[i]);
                }
            }
            if (ne == 0 || nl == 0) {
                return;
            }
            // entries in (amount, day, index) order, lines in (amount, index) order
            long[] posCents = new long[ne];
            int[] posDay = new int[ne];
            int[] posItem = new int[ne];
            long[] lineCents = new long[nl];
            int[] lineItem = new int[nl];
            int idxBits = bits(Math.max(n, m) - 1L);
            int dayBits = bits((long) maxD - minD);
            long range = maxC - minC;
            if (range >= 0 && bits(range) + dayBits + idxBits <= 63) {
                sortPacked(minC, minD, idxBits, dayBits, posCents, posDay, posItem, lineCents, lineItem);
            } else {
                sortGeneral(posCents, posDay, posItem, lineCents, lineItem);
            }

            int[] next = identity(ne + 1);
            int[] matchedEntry = new int[m]; // entry index + 1, 0 when none
            int ep = 0;
            int lp = 0;
            while (lp < nl) {
                long c = lineCents[lp];
                int lq = lp + 1;
                while (lq < nl && lineCents[lq] == c) {
                    lq++;
                }
                while (ep < ne && posCents[ep] < c) {
                    ep++;
                }
                if (ep < ne && posCents[ep] == c) {
                    int eq = ep + 1;
                    while (eq < ne && posCents[eq] == c) {
                        eq++;
                    }
                    for (int k = lp; k < lq; k++) {
                        int li = lineItem[k];
                        int d = lDay[li];
                        int pos = find(next, lowerBound(posDay, ep, eq, d - tol));
                        int best = -1;
                        int bestGap = Integer.MAX_VALUE;
                        int seen = 0;
                        while (pos < eq && posDay[pos] <= d + tol && seen++ < maxCandidates) {
                            int gap = Math.abs(posDay[pos] - d);
                            if (gap < bestGap) {
                                bestGap = gap;
                                best = pos;
                            }
                            pos = find(next, pos + 1);
                        }
                        if (best >= 0) {
                            int e = posItem[best];
                            next[best] = best + 1;
                            eUsed[e] = true;
                            lUsed[li] = true;
                            matchedEntry[li] = e + 1;
                        }
                    }
                    ep = eq;
                }
                lp = lq;
            }
            for (int li = 0; li < m; li++) {
                if (matchedEntry[li] > 0) {
                    matches.add(new Match(List.of(eId[matchedEntry[li] - 1]), List.of(lId[li]), MatchRule.AMOUNT_DATE));
                }
            }
        }

        /** Fast path: (amount, day, index) packed in one {@code long} per item and sorted as primitives. */
        private void sortPacked(long minC, int minD, int idxBits, int dayBits, long[] posCents, int[] posDay,
                                int[] posItem, long[] lineCents, int[] lineItem) {
            int shift = idxBits + dayBits;
            long idxMask = (1L << idxBits) - 1;
            long dayMask = (1L << dayBits) - 1;
            long[] keys = new long[posCents.length];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!eUsed[i]) {
                    keys[k++] = ((eCents[i] - minC) << shift) | (((long) eDay[i] - minD) << idxBits) | i;
                }
            }
            Arrays.sort(keys);
            for (int p = 0; p < keys.length; p++) {
                long key = keys[p];
                posCents[p] = minC + (key >>> shift);
                posDay[p] = minD + (int) ((key >>> idxBits) & dayMask);
                posItem[p] = (int) (key & idxMask);
            }
            keys = new long[lineCents.length];
            k = 0;
            for (int i = 0; i < m; i++) {
                if (!lUsed[i]) {
                    keys[k++] = ((lCents[i] - minC) << idxBits) | i;
                }
            }
            Arrays.sort(keys);
            for (int p = 0; p < keys.length; p++) {
                lineCents[p] = minC + (keys[p] >>> idxBits);
                lineItem[p] = (int) (keys[p] & idxMask);
            }
        }

        /** Any amounts (a range too wide to pack): a stable merge sort of the indices, same order as the fast path. */
        private void sortGeneral(long[] posCents, int[] posDay, int[] posItem, long[] lineCents, int[] lineItem) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!eUsed[i]) {
                    posItem[k++] = i;
                }
            }
            IndexSort.sort(posItem, eCents, eDay);
            for (int p = 0; p < posItem.length; p++) {
                posCents[p] = eCents[posItem[p]];
                posDay[p] = eDay[posItem[p]];
            }
            k = 0;
            for (int i = 0; i < m; i++) {
                if (!lUsed[i]) {
                    lineItem[k++] = i;
                }
            }
            IndexSort.sort(lineItem, lCents, null);
            for (int p = 0; p < lineItem.length; p++) {
                lineCents[p] = lCents[lineItem[p]];
            }
        }

        // ---------------------------------------------------------------- layers 3-4: many-to-one

        /**
         * Many-to-one: for each open "target" item (in input order), a subset of open "part" items (same sign,
         * smaller amount, in the date window, at most maxCandidates of them) whose sum is the target.
         */
        void manyToOne(boolean partsAreEntries, List<Match> matches, MatchingOptions options) {
            long[] pCents = partsAreEntries ? eCents : lCents;
            int[] pDay = partsAreEntries ? eDay : lDay;
            boolean[] pUsed = partsAreEntries ? eUsed : lUsed;
            String[] pId = partsAreEntries ? eId : lId;
            long[] tCents = partsAreEntries ? lCents : eCents;
            int[] tDay = partsAreEntries ? lDay : eDay;
            boolean[] tUsed = partsAreEntries ? lUsed : eUsed;
            String[] tId = partsAreEntries ? lId : eId;
            int open = countOpen(pUsed);
            if (open < 2) {
                return;
            }
            int minD = Integer.MAX_VALUE;
            int maxD = Integer.MIN_VALUE;
            for (int i = 0; i < pUsed.length; i++) {
                if (!pUsed[i]) {
                    minD = Math.min(minD, pDay[i]);
                    maxD = Math.max(maxD, pDay[i]);
                }
            }
            int[] posDay = new int[open];
            int[] posItem = new int[open];
            // dayStart[x] = first position whose day is ≥ minD + x (x in 0..span+1), when the span is small
            int[] dayStart = (long) maxD - minD <= MAX_COUNTING_SPAN
                    ? countingSortByDay(pDay, pUsed, minD, maxD - minD, posDay, posItem)
                    : sortByDay(pDay, pUsed, posDay, posItem);
            long[] posCents = new long[open];
            for (int p = 0; p < open; p++) {
                posCents[p] = pCents[posItem[p]];
            }
            int[] next = identity(open + 1);
            int tol = options.dateToleranceDays();
            int maxC = options.maxCandidates();
            int[] candPos = new int[maxC];
            long[] candCents = new long[maxC];
            int[] chosen = new int[options.maxGroupSize()];
            SubsetSum subsets = new SubsetSum(maxC, options.maxGroupSize());
            for (int t = 0; t < tCents.length; t++) {
                if (tUsed[t] || tCents[t] == 0) {
                    continue;
                }
                long target = tCents[t];
                int d = tDay[t];
                int from = dayStart == null ? lowerBound(posDay, 0, open, d - tol)
                        : dayStart[(int) Math.max(0, Math.min((long) maxD - minD + 1, (long) (d - tol) - minD))];
                int pos = find(next, from);
                int c = 0;
                int visits = 0;
                while (pos < open && posDay[pos] <= d + tol && c < maxC && visits++ < 4 * maxC) {
                    long v = posCents[pos];
                    if (Long.signum(v) == Long.signum(target) && Math.abs(v) < Math.abs(target)) {
                        candPos[c] = pos;
                        candCents[c] = v;
                        c++;
                    }
                    pos = find(next, pos + 1);
                }
                if (c < 2) {
                    continue;
                }
                int size = subsets.find(candCents, c, target, chosen);
                if (size >= 2) {
                    List<String> partIds = new ArrayList<>(size);
                    for (int j = 0; j < size; j++) {
                        int q = candPos[chosen[j]];
                        int p = posItem[q];
                        next[q] = q + 1;
                        pUsed[p] = true;
                        partIds.add(pId[p]);
                    }
                    tUsed[t] = true;
                    List<String> targetId = List.of(tId[t]);
                    matches.add(partsAreEntries
                            ? new Match(partIds, targetId, MatchRule.MANY_ENTRIES_TO_ONE_LINE)
                            : new Match(targetId, partIds, MatchRule.MANY_LINES_TO_ONE_ENTRY));
                }
            }
        }

        /**
         * Stable counting sort of the open parts by day (so (day, index) order) into {@code posDay}/{@code posItem};
         * returns the first position of each day offset 0..span+1.
         */
        private static int[] countingSortByDay(int[] pDay, boolean[] pUsed, int minD, int span, int[] posDay,
                                               int[] posItem) {
            int[] start = new int[span + 2];
            for (int i = 0; i < pUsed.length; i++) {
                if (!pUsed[i]) {
                    start[pDay[i] - minD + 1]++;
                }
            }
            for (int x = 1; x < start.length; x++) {
                start[x] += start[x - 1];
            }
            int[] fill = Arrays.copyOf(start, span + 1);
            for (int i = 0; i < pUsed.length; i++) {
                if (!pUsed[i]) {
                    int p = fill[pDay[i] - minD]++;
                    posDay[p] = pDay[i];
                    posItem[p] = i;
                }
            }
            return start;
        }

        /** Any span of days: (day, index) packed in a long and sorted; no day table (null). */
        private static int[] sortByDay(int[] pDay, boolean[] pUsed, int[] posDay, int[] posItem) {
            long[] keys = new long[posDay.length];
            int k = 0;
            for (int i = 0; i < pUsed.length; i++) {
                if (!pUsed[i]) {
                    keys[k++] = ((long) pDay[i] << 32) | i;
                }
            }
            Arrays.sort(keys);
            for (int p = 0; p < keys.length; p++) {
                posDay[p] = (int) (keys[p] >> 32);
                posItem[p] = (int) keys[p];
            }
            return null;
        }

        // ---------------------------------------------------------------- result

        Reconciliation result(List<Match> matches, Money bookBalance, Money bankBalance) {
            List<NearMiss> nearMisses = new ArrayList<>();
            int lastReported = -1;
            for (int k = 0; k < nearCount; k++) {
                int e = (int) (near[k] >>> 32);
                int li = (int) near[k];
                // the candidates of one line are contiguous: reporting the first open one is "once per line"
                if (!eUsed[e] && !lUsed[li] && li != lastReported) {
                    lastReported = li;
                    BookEntry be = entries.get(e);
                    StatementLine l = lines.get(li);
                    nearMisses.add(new NearMiss(be.id(), l.id(), be.reference(), be.amount(), l.amount(),
                            l.amount().minus(be.amount())));
                }
            }
            List<BookEntry> openEntries = open(entries, eUsed);
            List<StatementLine> openLines = open(lines, lUsed);
            List<AdjustingEntry> adjusting = new ArrayList<>(openLines.size());
            for (StatementLine l : openLines) {
                adjusting.add(adjustingEntry(l));
            }
            long openEntriesCents = openCents(eCents, eUsed);
            long openLinesCents = openCents(lCents, lUsed);
            Money adjustedBook = bookBalance.plus(Money.ofCents(openLinesCents));
            Money adjustedBank = bankBalance.plus(Money.ofCents(openEntriesCents));
            Money difference = adjustedBook.minus(adjustedBank);
            return new Reconciliation(matches, nearMisses, openEntries, openLines, adjustedBook, adjustedBank,
                    difference.isZero(), difference, adjusting);
        }
    }

    // -------------------------------------------------------------------- primitive helpers

    private static int countOpen(boolean[] used) {
        int open = 0;
        for (boolean u : used) {
            if (!u) {
                open++;
            }
        }
        return open;
    }

    /** The items not used, in input order. */
    private static <T> List<T> open(List<T> items, boolean[] used) {
        List<T> open = new ArrayList<>(countOpen(used));
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                open.add(items.get(i));
            }
        }
        return open;
    }

    /** Σ cents of the items not used (overflow wraps, as a long sum does). */
    private static long openCents(long[] cents, boolean[] used) {
        long sum = 0;
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                sum += cents[i];
            }
        }
        return sum;
    }

    /** Bits needed to write {@code v} (≥ 0); 0 for 0. */
    private static int bits(long v) {
        return 64 - Long.numberOfLeadingZeros(v);
    }

    private static int[] identity(int size) {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i;
        }
        return a;
    }

    /** First position in {@code [from, to)} of the sorted {@code days} whose day is ≥ {@code day}. */
    private static int lowerBound(int[] days, int from, int to, int day) {
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

    /** Union-find "next open position" at or after {@code pos}, with path compression. */
    private static int find(int[] next, int pos) {
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

    /** Set of ids held as indices into the id column, with the hash beside them (no per-id allocation). */
    private static final class IdSet {
        private final long[] table;
        private final int mask;

        IdSet(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
            table = new long[cap];
            mask = cap - 1;
        }

        /** Adds {@code ids[index] = id}; false when an equal id is already there. */
        boolean add(String id, int index, String[] ids) {
            int h = id.hashCode();
            int i = mix(h) & mask;
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

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /**
     * Entries by trimmed reference: one {@code long} slot per distinct key (its hash and its number) in an
     * open-addressing table, the entries of a key chained in input order. Looked up with a region of a string (a word
     * of a label) without building the substring; a key's string is read only when the hashes agree.
     */
    private static final class RefIndex {
        private final long[] slots;
        private final int mask;
        private final String[] keys;
        private final int[] head;
        private final int[] tail;
        private final int[] next;
        private int keyCount;

        RefIndex(int maxKeys, int entries) {
            int cap = Integer.highestOneBit(Math.max(4, maxKeys * 2) - 1) << 1;
            slots = new long[cap];
            mask = cap - 1;
            keys = new String[maxKeys];
            head = new int[maxKeys];
            tail = new int[maxKeys];
            next = new int[entries];
        }

        /** Entries must be added in increasing order. */
        void add(String key, int entry) {
            int h = key.hashCode();
            int k = find(h, key, 0, key.length());
            next[entry] = -1;
            if (k < 0) {
                k = keyCount++;
                keys[k] = key;
                head[k] = entry;
                int i = mix(h) & mask;
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

        private int find(int h, String s, int from, int to) {
            int len = to - from;
            int i = mix(h) & mask;
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

        /** The entry after {@code entry} with the same reference, or -1. */
        int after(int entry) {
            return next[entry];
        }
    }

    /** Stable merge sort of indices by (primary, secondary), for amounts too far apart to pack in a long. */
    private static final class IndexSort {
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
}
