package fr.agora.domain.bank;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-only oracle: the matching engine as it was before the columnar rewrite of {@link BankReconciler} (kept
 * verbatim apart from its name), so that {@code BankReconcilerEquivalenceTest} can prove the new engine gives the
 * same matches, near misses, unmatched items, balances and adjusting entries.
 *
 * <p>The matching engine (pointage) and the état de rapprochement.
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
 * Cost: indexes are hash maps and sorted arrays with "next open item" skip pointers, and every search is capped,
 * so the whole run is O(n log n).
 */
public final class LegacyBankReconciler {

    public static final String BANK_ACCOUNT = "512";
    public static final String SUSPENSE_ACCOUNT = "471";
    public static final String DEDUCTIBLE_VAT_ACCOUNT = "44566";
    /** Dates older than this many years before the état are refused as out of range. */
    public static final int MAX_AGE_YEARS = 10;

    private final MatchingOptions options;

    public LegacyBankReconciler(MatchingOptions options) {
        this.options = options;
    }

    public LegacyBankReconciler() {
        this(MatchingOptions.defaults());
    }

    public Reconciliation reconcile(LocalDate date, Money bookBalance, Money bankBalance,
                                    List<BookEntry> entries, List<StatementLine> lines) {
        validate(date, entries, lines);
        int n = entries.size();
        int m = lines.size();
        long[] eCents = new long[n];
        int[] eDay = new int[n];
        long[] lCents = new long[m];
        int[] lDay = new int[m];
        for (int i = 0; i < n; i++) {
            eCents[i] = entries.get(i).amount().cents();
            eDay[i] = (int) entries.get(i).date().toEpochDay();
        }
        for (int i = 0; i < m; i++) {
            lCents[i] = lines.get(i).amount().cents();
            lDay[i] = (int) lines.get(i).date().toEpochDay();
        }
        boolean[] eUsed = new boolean[n];
        boolean[] lUsed = new boolean[m];
        List<Match> matches = new ArrayList<>();
        List<int[]> nearCandidates = new ArrayList<>();

        matchByReference(entries, lines, eCents, lCents, eUsed, lUsed, matches, nearCandidates);
        matchByAmountAndDate(entries, lines, eCents, eDay, lCents, lDay, eUsed, lUsed, matches);
        manyToOne(eCents, eDay, eUsed, lCents, lDay, lUsed, matches, entries, lines, true);
        manyToOne(lCents, lDay, lUsed, eCents, eDay, eUsed, matches, entries, lines, false);

        List<NearMiss> nearMisses = new ArrayList<>();
        Set<Integer> reportedLines = new HashSet<>();
        for (int[] c : nearCandidates) {
            if (!eUsed[c[0]] && !lUsed[c[1]] && reportedLines.add(c[1])) {
                BookEntry e = entries.get(c[0]);
                StatementLine l = lines.get(c[1]);
                nearMisses.add(new NearMiss(e.id(), l.id(), e.reference(), e.amount(), l.amount(),
                        l.amount().minus(e.amount())));
            }
        }
        List<BookEntry> openEntries = new ArrayList<>();
        long openEntriesCents = 0;
        for (int i = 0; i < n; i++) {
            if (!eUsed[i]) {
                openEntries.add(entries.get(i));
                openEntriesCents += eCents[i];
            }
        }
        List<StatementLine> openLines = new ArrayList<>();
        List<AdjustingEntry> adjusting = new ArrayList<>();
        long openLinesCents = 0;
        for (int i = 0; i < m; i++) {
            if (!lUsed[i]) {
                openLines.add(lines.get(i));
                openLinesCents += lCents[i];
                adjusting.add(adjustingEntry(lines.get(i)));
            }
        }
        Money adjustedBook = bookBalance.plus(Money.ofCents(openLinesCents));
        Money adjustedBank = bankBalance.plus(Money.ofCents(openEntriesCents));
        Money difference = adjustedBook.minus(adjustedBank);
        return new Reconciliation(matches, nearMisses, openEntries, openLines, adjustedBook, adjustedBank,
                difference.isZero(), difference, adjusting);
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

    private static void validate(LocalDate date, List<BookEntry> entries, List<StatementLine> lines) {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        LocalDate min = date.minusYears(MAX_AGE_YEARS);
        Set<String> ids = new HashSet<>(Math.max(16, 2 * Math.max(entries.size(), lines.size())));
        for (int i = 0; i < entries.size(); i++) {
            BookEntry e = entries.get(i);
            checkItem("bookEntries[" + i + "]", e.id(), e.date(), date, min, ids);
        }
        ids.clear();
        for (int i = 0; i < lines.size(); i++) {
            StatementLine l = lines.get(i);
            checkItem("statementLines[" + i + "]", l.id(), l.date(), date, min, ids);
            if (l.vatAmount() != null && (l.vatAmount().isNegative()
                    || l.vatAmount().compareTo(l.amount().abs()) > 0)) {
                throw new InvalidInputException("statementLines[" + i + "].vatAmount",
                        "must be between 0 and the line amount");
            }
        }
    }

    private static void checkItem(String prefix, String id, LocalDate d, LocalDate date, LocalDate min, Set<String> ids) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(prefix + ".id", "is required");
        }
        if (!ids.add(id)) {
            throw new DuplicateIdException(prefix + ".id", id);
        }
        if (d.isAfter(date) || d.isBefore(min)) {
            throw new InvalidInputException("date-out-of-range", prefix + ".date",
                    "date " + d + " is out of range [" + min + ", " + date + "]", Map.of("value", d.toString()));
        }
    }

    private void matchByReference(List<BookEntry> entries, List<StatementLine> lines, long[] eCents, long[] lCents,
                                  boolean[] eUsed, boolean[] lUsed, List<Match> matches, List<int[]> near) {
        Map<String, int[]> index = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String r = entries.get(i).reference();
            if (r != null && !r.isBlank()) {
                index.merge(r.trim(), new int[] {i}, LegacyBankReconciler::append);
            }
        }
        if (index.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(4);
        for (int li = 0; li < lines.size(); li++) {
            StatementLine l = lines.get(li);
            keys.clear();
            if (l.reference() != null && !l.reference().isBlank()) {
                keys.add(l.reference().trim());
            }
            tokens(l.label(), keys);
            outer:
            for (String k : keys) {
                int[] cands = index.get(k);
                if (cands == null) {
                    continue;
                }
                int seen = 0;
                for (int e : cands) {
                    if (eUsed[e]) {
                        continue;
                    }
                    if (++seen > 64) {
                        break;
                    }
                    if (eCents[e] == lCents[li]) {
                        eUsed[e] = true;
                        lUsed[li] = true;
                        matches.add(new Match(List.of(entries.get(e).id()), List.of(l.id()), MatchRule.REFERENCE));
                        break outer;
                    }
                    near.add(new int[] {e, li});
                }
            }
        }
    }

    private static int[] append(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Words of at least 3 letters or digits (separators: anything else but '-', '/' and '_'). */
    static void tokens(String label, List<String> out) {
        int start = -1;
        for (int i = 0; i <= label.length(); i++) {
            char c = i < label.length() ? label.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '_';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (i - start >= 3) {
                    out.add(label.substring(start, i));
                }
                start = -1;
            }
        }
    }

    private void matchByAmountAndDate(List<BookEntry> entries, List<StatementLine> lines, long[] eCents, int[] eDay,
                                      long[] lCents, int[] lDay, boolean[] eUsed, boolean[] lUsed,
                                      List<Match> matches) {
        // bucket open entries by amount (primitive open-addressing map cents -> bucket), each bucket sorted by date
        int n = eCents.length;
        LongIntMap bucketOf = new LongIntMap(n);
        int[] bucketOfEntry = new int[n];
        int buckets = 0;
        int[] counts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (!eUsed[i]) {
                int b = bucketOf.get(eCents[i]);
                if (b < 0) {
                    b = buckets++;
                    bucketOf.put(eCents[i], b);
                }
                bucketOfEntry[i] = b;
                counts[b + 1]++;
            }
        }
        int[] start = new int[buckets + 1];
        for (int b = 0; b < buckets; b++) {
            start[b + 1] = start[b] + counts[b + 1];
        }
        int[] fill = Arrays.copyOf(start, buckets);
        long[] keys = new long[start[buckets]];
        for (int i = 0; i < n; i++) {
            if (!eUsed[i]) {
                keys[fill[bucketOfEntry[i]]++] = ((long) eDay[i] << 32) | i;
            }
        }
        for (int b = 0; b < buckets; b++) {
            if (start[b + 1] - start[b] > 1) {
                Arrays.sort(keys, start[b], start[b + 1]);
            }
        }
        SkipList s = new SkipList(keys);
        int tol = options.dateToleranceDays();
        for (int li = 0; li < lCents.length; li++) {
            if (lUsed[li]) {
                continue;
            }
            int b = bucketOf.get(lCents[li]);
            if (b < 0) {
                continue;
            }
            int end = start[b + 1];
            int d = lDay[li];
            int pos = s.find(s.lowerBound(start[b], end, d - tol));
            int best = -1;
            int bestGap = Integer.MAX_VALUE;
            int seen = 0;
            while (pos < end && s.day(pos) <= d + tol && seen++ < options.maxCandidates()) {
                int gap = Math.abs(s.day(pos) - d);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = pos;
                }
                pos = s.find(pos + 1);
            }
            if (best >= 0) {
                int e = s.item(best);
                s.remove(best);
                eUsed[e] = true;
                lUsed[li] = true;
                matches.add(new Match(List.of(entries.get(e).id()), List.of(lines.get(li).id()), MatchRule.AMOUNT_DATE));
            }
        }
    }

    /**
     * Many-to-one: for each open "target" item, a subset of open "part" items (same sign, smaller amount, in the
     * date window, at most maxCandidates of them) whose sum is the target.
     */
    private void manyToOne(long[] pCents, int[] pDay, boolean[] pUsed, long[] tCents, int[] tDay, boolean[] tUsed,
                           List<Match> matches, List<BookEntry> entries, List<StatementLine> lines,
                           boolean partsAreEntries) {
        int open = 0;
        for (boolean u : pUsed) {
            if (!u) {
                open++;
            }
        }
        if (open < 2) {
            return;
        }
        long[] keys = new long[open];
        int k = 0;
        for (int i = 0; i < pUsed.length; i++) {
            if (!pUsed[i]) {
                keys[k++] = ((long) pDay[i] << 32) | i;
            }
        }
        Arrays.sort(keys);
        SkipList parts = new SkipList(keys);
        int tol = options.dateToleranceDays();
        int maxC = options.maxCandidates();
        int[] candPos = new int[maxC];
        long[] candCents = new long[maxC];
        int[] chosen = new int[options.maxGroupSize()];
        for (int t = 0; t < tCents.length; t++) {
            if (tUsed[t] || tCents[t] == 0) {
                continue;
            }
            long target = tCents[t];
            int d = tDay[t];
            int pos = parts.find(parts.lowerBound(d - tol));
            int c = 0;
            int visits = 0;
            while (pos < parts.size() && parts.day(pos) <= d + tol && c < maxC && visits++ < 4 * maxC) {
                long v = pCents[parts.item(pos)];
                if (Long.signum(v) == Long.signum(target) && Math.abs(v) < Math.abs(target)) {
                    candPos[c] = pos;
                    candCents[c] = v;
                    c++;
                }
                pos = parts.find(pos + 1);
            }
            if (c < 2) {
                continue;
            }
            int size = subset(candCents, c, 0, target, chosen, 0);
            if (size >= 2) {
                List<String> partIds = new ArrayList<>(size);
                for (int j = 0; j < size; j++) {
                    int p = parts.item(candPos[chosen[j]]);
                    parts.remove(candPos[chosen[j]]);
                    pUsed[p] = true;
                    partIds.add(partsAreEntries ? entries.get(p).id() : lines.get(p).id());
                }
                tUsed[t] = true;
                String targetId = partsAreEntries ? lines.get(t).id() : entries.get(t).id();
                matches.add(partsAreEntries
                        ? new Match(partIds, List.of(targetId), MatchRule.MANY_ENTRIES_TO_ONE_LINE)
                        : new Match(List.of(targetId), partIds, MatchRule.MANY_LINES_TO_ONE_ENTRY));
            }
        }
    }

    /** Depth-first search for a subset of size 2..maxGroupSize summing to {@code rest}; returns its size or 0. */
    private int subset(long[] cents, int c, int from, long rest, int[] chosen, int depth) {
        if (rest == 0) {
            return depth >= 2 ? depth : 0;
        }
        if (depth == chosen.length) {
            return 0;
        }
        for (int i = from; i < c; i++) {
            if (Math.abs(cents[i]) > Math.abs(rest)) {
                continue;
            }
            chosen[depth] = i;
            int r = subset(cents, c, i + 1, rest - cents[i], chosen, depth + 1);
            if (r > 0) {
                return r;
            }
        }
        return 0;
    }

    /** Open-addressing map from a long key to a non-negative int (absent: -1). */
    private static final class LongIntMap {
        private final long[] keys;
        private final int[] values;
        private final int mask;

        LongIntMap(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
            keys = new long[cap];
            values = new int[cap];
            Arrays.fill(values, -1);
            mask = cap - 1;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (values[i] >= 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        int get(long key) {
            return values[slot(key)];
        }

        void put(long key, int value) {
            int i = slot(key);
            keys[i] = key;
            values[i] = value;
        }
    }

    /** Items sorted by (day, index) packed in longs, with union-find "next open position" pointers. */
    private static final class SkipList {
        private final long[] keys;
        private final int[] next;

        SkipList(long[] sortedKeys) {
            this.keys = sortedKeys;
            this.next = new int[sortedKeys.length + 1];
            for (int i = 0; i < next.length; i++) {
                next[i] = i;
            }
        }

        int size() {
            return keys.length;
        }

        int day(int pos) {
            return (int) (keys[pos] >> 32);
        }

        int item(int pos) {
            return (int) keys[pos];
        }

        int lowerBound(int day) {
            return lowerBound(0, keys.length, day);
        }

        int lowerBound(int from, int to, int day) {
            int lo = from;
            int hi = to;
            long key = (long) day << 32;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The first open position at or after {@code pos} (size() when none). */
        int find(int pos) {
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

        void remove(int pos) {
            next[pos] = pos + 1;
        }
    }
}
