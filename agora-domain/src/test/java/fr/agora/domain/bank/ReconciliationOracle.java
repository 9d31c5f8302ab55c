package fr.agora.domain.bank;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-only oracle: the rules of {@code docs/bank.md} written as plainly as possible (lists, maps, quadratic scans),
 * for the seeded equivalence test of {@link BankReconciler}. Same caps as the engine (64 entries per reference, the
 * candidate limits of {@link MatchingOptions}); days are int epoch days, as in the engine. The correcting and
 * adjusting entries' shapes are {@link AdjustingEntries}' (checked by worked examples, not here).
 */
final class ReconciliationOracle {
    private final MatchingOptions options;
    private List<BookEntry> entries;
    private List<StatementLine> lines;
    private boolean[] entryUsed;
    private boolean[] lineUsed;
    private final List<Match> matches = new ArrayList<>();
    private final List<int[]> nearCandidates = new ArrayList<>();
    /** Per statement line, the first pair refused for a contradiction: {entry, reason ordinal, rule ordinal}. */
    private final Map<Integer, int[]> refused = new HashMap<>();

    ReconciliationOracle(MatchingOptions options) {
        this.options = options;
    }

    Reconciliation reconcile(LocalDate date, Money book, Money bank, List<BookEntry> es, List<StatementLine> ls) {
        check(date, es, ls);
        entries = es;
        lines = ls;
        entryUsed = new boolean[es.size()];
        lineUsed = new boolean[ls.size()];
        byReference();
        byAmountAndDate();
        manyToOne(true);
        manyToOne(false);
        List<AdjustingEntry> corrections = new ArrayList<>();
        long correctionCents = 0;
        Set<Integer> corrected = new HashSet<>();
        for (int[] c : nearCandidates) { // per line, the first open transposition is corrected
            long booked = cents(es.get(c[0]));
            long actual = ls.get(c[1]).amount().cents();
            if (!entryUsed[c[0]] && !lineUsed[c[1]] && !corrected.contains(c[1]) && sameDigits(booked, actual)
                    && !accountsContradict(es.get(c[0]).counterpartAccount(), ls.get(c[1]).counterpartAccount())) {
                corrected.add(c[1]);
                entryUsed[c[0]] = true;
                lineUsed[c[1]] = true;
                correctionCents += actual - booked;
                matches.add(new Match(List.of(es.get(c[0]).id()), List.of(ls.get(c[1]).id()),
                        MatchRule.REFERENCE_WITH_CORRECTION, Money.ofCents(actual - booked)));
                corrections.add(AdjustingEntries.forCorrection(es.get(c[0]), ls.get(c[1])));
            }
        }
        List<NearMiss> near = new ArrayList<>();
        Set<Integer> reported = new HashSet<>();
        for (int[] c : nearCandidates) {
            if (!entryUsed[c[0]] && !lineUsed[c[1]] && reported.add(c[1])) {
                BookEntry e = es.get(c[0]);
                StatementLine l = ls.get(c[1]);
                near.add(new NearMiss(e.id(), l.id(), e.reference(), e.amount(), l.amount(), l.amount().minus(e.amount())));
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        Set<Integer> suggested = new HashSet<>();
        for (int li = 0; li < ls.size(); li++) {
            int[] r = refused.get(li);
            if (r != null && !entryUsed[r[0]] && !lineUsed[li] && suggested.add(r[0])) {
                Suggestion.Reason why = Suggestion.Reason.values()[r[1]];
                boolean accounts = why == Suggestion.Reason.COUNTERPART_ACCOUNTS_DIFFER;
                suggestions.add(new Suggestion(es.get(r[0]).id(), ls.get(li).id(), MatchRule.values()[r[2]], why,
                        trim(accounts ? es.get(r[0]).counterpartAccount() : es.get(r[0]).reference()),
                        trim(accounts ? ls.get(li).counterpartAccount() : ls.get(li).reference())));
            }
        }
        List<BookEntry> openEntries = new ArrayList<>();
        long openEntryCents = 0;
        for (int i = 0; i < es.size(); i++) {
            if (!entryUsed[i]) {
                openEntries.add(es.get(i));
                openEntryCents += es.get(i).amount().cents();
            }
        }
        List<StatementLine> openLines = new ArrayList<>();
        long openLineCents = 0;
        for (int i = 0; i < ls.size(); i++) {
            if (!lineUsed[i]) {
                openLines.add(ls.get(i));
                openLineCents += ls.get(i).amount().cents();
            }
        }
        Money adjustedBook = book.plus(Money.ofCents(openLineCents + correctionCents));
        Money adjustedBank = bank.plus(Money.ofCents(openEntryCents));
        Money diff = adjustedBook.minus(adjustedBank);
        List<AdjustingEntry> adjusting = new ArrayList<>(openLines.stream().map(AdjustingEntries::forUnrecordedLine).toList());
        adjusting.addAll(corrections);
        return new Reconciliation(matches, near, suggestions, openEntries, openLines, adjustedBook, adjustedBank,
                diff.isZero(), diff, adjusting);
    }

    private static void check(LocalDate date, List<BookEntry> es, List<StatementLine> ls) {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < es.size(); i++) {
            checkItem("bookEntries[" + i + "]", es.get(i).id(), es.get(i).date(), date, ids);
        }
        ids.clear();
        for (int i = 0; i < ls.size(); i++) {
            StatementLine l = ls.get(i);
            checkItem("statementLines[" + i + "]", l.id(), l.date(), date, ids);
            if (l.vatAmount() != null && (l.vatAmount().isNegative() || l.vatAmount().compareTo(l.amount().abs()) > 0)) {
                throw new InvalidInputException("statementLines[" + i + "].vatAmount", "must be between 0 and the line amount");
            }
        }
        es.forEach(e -> e.amount().cents()); // an amount beyond a long of cents fails after every other check
        ls.forEach(l -> l.amount().cents());
    }

    private static void checkItem(String at, String id, LocalDate d, LocalDate date, Set<String> ids) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(at + ".id", "is required");
        }
        if (!ids.add(id)) {
            throw new DuplicateIdException(at + ".id", id);
        }
        LocalDate min = date.minusYears(10);
        if (d.isAfter(date) || d.isBefore(min)) {
            throw new InvalidInputException("date-out-of-range", at + ".date",
                    "date " + d + " is out of range [" + min + ", " + date + "]", Map.of("value", d.toString()));
        }
    }

    /** Step 1: the line's reference, then each word of ≥ 3 characters of its label, against the entries' references. */
    private void byReference() {
        Map<String, List<Integer>> byRef = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            String r = entries.get(e).reference();
            if (r != null && !r.isBlank()) {
                byRef.computeIfAbsent(r.trim(), k -> new ArrayList<>()).add(e);
            }
        }
        for (int li = 0; li < lines.size(); li++) {
            StatementLine l = lines.get(li);
            List<String> keys = new ArrayList<>();
            if (l.reference() != null && !l.reference().isBlank()) {
                keys.add(l.reference().trim());
            }
            for (String word : l.label().split("[^\\p{L}\\p{Nd}\\-/_]+")) {
                if (word.length() >= 3) {
                    keys.add(word);
                }
            }
            keys:
            for (String key : keys) {
                int seen = 0;
                for (int e : byRef.getOrDefault(key, List.of())) {
                    if (entryUsed[e]) {
                        continue;
                    }
                    if (++seen > 64) {
                        break;
                    }
                    if (cents(entries.get(e)) == l.amount().cents()) {
                        if (accountsContradict(entries.get(e).counterpartAccount(), l.counterpartAccount())) {
                            refuse(e, li, Suggestion.Reason.COUNTERPART_ACCOUNTS_DIFFER, MatchRule.REFERENCE);
                            continue;
                        }
                        tick(e, li, MatchRule.REFERENCE);
                        break keys;
                    }
                    nearCandidates.add(new int[] {e, li});
                }
            }
        }
    }

    /** Step 2: each line, in order, takes the open entry of its amount closest in date within the tolerance. */
    private void byAmountAndDate() {
        int tol = options.dateToleranceDays();
        List<Integer> byDay = sortedByDay(entryUsed, true);
        for (int li = 0; li < lines.size(); li++) {
            if (lineUsed[li]) {
                continue;
            }
            int d = day(lines.get(li).date());
            int best = -1;
            int bestGap = Integer.MAX_VALUE;
            int refusedEntry = -1;
            int refusedGap = Integer.MAX_VALUE;
            int seen = 0;
            for (int e : byDay) {
                if (entryUsed[e] || cents(entries.get(e)) != lines.get(li).amount().cents() || day(entries.get(e).date()) < d - tol) {
                    continue;
                }
                if (day(entries.get(e).date()) > d + tol || seen++ >= options.maxCandidates()) {
                    break;
                }
                int gap = Math.abs(day(entries.get(e).date()) - d);
                boolean contradicts = contradiction(entries.get(e), lines.get(li)) != null;
                if (!contradicts && gap < bestGap) {
                    bestGap = gap;
                    best = e;
                } else if (contradicts && gap < refusedGap) {
                    refusedGap = gap;
                    refusedEntry = e;
                }
            }
            if (best < 0 && refusedEntry >= 0) {
                refuse(refusedEntry, li, contradiction(entries.get(refusedEntry), lines.get(li)), MatchRule.AMOUNT_DATE);
            }
            if (best >= 0) {
                tick(best, li, MatchRule.AMOUNT_DATE);
            }
        }
        // the engine emits this step's matches in line order, as here
    }

    /** Step 3: for each open target, the first subset of 2..maxGroupSize candidate parts whose sum is the target. */
    private void manyToOne(boolean partsAreEntries) {
        boolean[] partUsed = partsAreEntries ? entryUsed : lineUsed;
        boolean[] targetUsed = partsAreEntries ? lineUsed : entryUsed;
        List<Integer> parts = sortedByDay(partUsed, partsAreEntries);
        if (parts.size() < 2) {
            return;
        }
        int targets = partsAreEntries ? lines.size() : entries.size();
        int maxC = options.maxCandidates();
        for (int t = 0; t < targets; t++) {
            long target = partsAreEntries ? lines.get(t).amount().cents() : cents(entries.get(t));
            int d = partsAreEntries ? day(lines.get(t).date()) : day(entries.get(t).date());
            if (targetUsed[t] || target == 0) {
                continue;
            }
            List<Integer> cand = new ArrayList<>();
            int visits = 0;
            for (int p : parts) {
                int pd = partsAreEntries ? day(entries.get(p).date()) : day(lines.get(p).date());
                if (partUsed[p] || pd < d - options.dateToleranceDays()) {
                    continue;
                }
                if (pd > d + options.dateToleranceDays() || cand.size() >= maxC || visits++ >= 4 * maxC) {
                    break;
                }
                long v = partsAreEntries ? cents(entries.get(p)) : lines.get(p).amount().cents();
                Suggestion.Reason contradicts = partsAreEntries ? contradiction(entries.get(p), lines.get(t))
                        : contradiction(entries.get(t), lines.get(p));
                if (Long.signum(v) == Long.signum(target) && Math.abs(v) < Math.abs(target) && contradicts == null) {
                    cand.add(p);
                }
            }
            List<Integer> subset = firstSubset(cand, 0, target, new ArrayList<>(), partsAreEntries);
            if (subset != null) {
                List<String> ids = new ArrayList<>();
                for (int p : subset) {
                    partUsed[p] = true;
                    ids.add(partsAreEntries ? entries.get(p).id() : lines.get(p).id());
                }
                targetUsed[t] = true;
                matches.add(partsAreEntries
                        ? new Match(ids, List.of(lines.get(t).id()), MatchRule.MANY_ENTRIES_TO_ONE_LINE)
                        : new Match(List.of(entries.get(t).id()), ids, MatchRule.MANY_LINES_TO_ONE_ENTRY));
            }
        }
    }

    /** Depth-first, candidates in order, skipping any larger than what remains; null when none. */
    private List<Integer> firstSubset(List<Integer> cand, int from, long rest, List<Integer> chosen, boolean entriesSide) {
        if (rest == 0) {
            return chosen.size() >= 2 ? new ArrayList<>(chosen) : null;
        }
        if (chosen.size() == options.maxGroupSize()) {
            return null;
        }
        for (int i = from; i < cand.size(); i++) {
            long v = entriesSide ? cents(entries.get(cand.get(i))) : lines.get(cand.get(i)).amount().cents();
            if (Math.abs(v) > Math.abs(rest)) {
                continue;
            }
            chosen.add(cand.get(i));
            List<Integer> found = firstSubset(cand, i + 1, rest - v, chosen, entriesSide);
            chosen.remove(chosen.size() - 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private List<Integer> sortedByDay(boolean[] used, boolean ofEntries) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                open.add(i);
            }
        }
        open.sort(Comparator.comparingInt(i -> ofEntries ? day(entries.get(i).date()) : day(lines.get(i).date())));
        return open;
    }

    private void refuse(int e, int li, Suggestion.Reason why, MatchRule rule) {
        refused.putIfAbsent(li, new int[] {e, why.ordinal(), rule.ordinal()});
    }

    /** Counterpart accounts both given and neither a prefix of the other; else references both given and different. */
    private static Suggestion.Reason contradiction(BookEntry e, StatementLine l) {
        if (accountsContradict(e.counterpartAccount(), l.counterpartAccount())) {
            return Suggestion.Reason.COUNTERPART_ACCOUNTS_DIFFER;
        }
        String a = trim(e.reference());
        String b = trim(l.reference());
        return a != null && b != null && !a.equals(b) ? Suggestion.Reason.REFERENCES_DIFFER : null;
    }

    private static boolean accountsContradict(String x, String y) {
        String a = trim(x);
        String b = trim(y);
        return a != null && b != null && !a.startsWith(b) && !b.startsWith(a);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Same sign, different, written with the same digits: sorted digit strings equal. */
    private static boolean sameDigits(long a, long b) {
        if (a == b || a == 0 || Long.signum(a) != Long.signum(b)) {
            return false;
        }
        char[] x = Long.toString(Math.abs(a)).toCharArray();
        char[] y = Long.toString(Math.abs(b)).toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    private void tick(int e, int li, MatchRule rule) {
        entryUsed[e] = true;
        lineUsed[li] = true;
        matches.add(new Match(List.of(entries.get(e).id()), List.of(lines.get(li).id()), rule));
    }

    private static long cents(BookEntry e) {
        return e.amount().cents();
    }

    private static int day(LocalDate d) {
        return (int) d.toEpochDay();
    }
}
