package fr.agora.domain.lettrage;

import fr.agora.domain.bank.DuplicateIdException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.shared.SubsetSum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lettrage of a third-party account, in three passes:
 * <ol>
 *   <li>lines sharing a reference (invoice, its avoirs and payments): sum zero → a letter; |sum| ≤ tolerance → a
 *       letter and a write-off (658 / 758); otherwise a partial lettrage leaving the remainder open;</li>
 *   <li>the other lines, one debit against one credit of the same amount, earliest first;</li>
 *   <li>many-to-one, both ways: up to {@code MAX_GROUP} lines among the first {@code MAX_CANDIDATES} open lines of
 *       the other side (in date order) whose sum is one line.</li>
 * </ol>
 */
public final class Lettrer {

    public static final int MAX_CANDIDATES = 12;
    public static final int MAX_GROUP = 4;

    public LettrageResult letter(String account, List<LettrageLine> lines, Money tolerance, String nextLetter) {
        if (account == null || !account.matches("4[01][0-9A-Z]*")) {
            throw new InvalidInputException("account", "must be a third-party account (401…, 411…)");
        }
        Money tol = tolerance == null ? Money.ZERO : tolerance;
        if (tol.isNegative()) {
            throw new InvalidInputException("tolerance", "must not be negative");
        }
        String letter = nextLetter == null ? "A" : nextLetter;
        Letters.validate(letter, "nextLetter");
        validate(lines);

        Run run = new Run(lines, letter);
        run.byReference(account, tol);   // pass 1: an invoice, its avoirs and payments
        run.oneToOne();                  // pass 2: one debit against one credit of the same amount
        run.manyToOne(true);             // pass 3: many-to-one, both ways, in a bounded window
        run.manyToOne(false);
        return new LettrageResult(account, run.groups, run.partial, run.open(), run.letter);
    }

    /** One lettrage: the lines, which are done, the groups so far and the next letter. */
    private static final class Run {
        final List<LettrageLine> lines;
        final boolean[] done;
        final List<LetterGroup> groups = new ArrayList<>();
        final List<PartialLettrage> partial = new ArrayList<>();
        String letter;

        Run(List<LettrageLine> lines, String firstLetter) {
            this.lines = lines;
            this.done = new boolean[lines.size()];
            this.letter = firstLetter;
        }

        private void group(List<String> ids, WriteOff writeOff) {
            groups.add(new LetterGroup(letter, ids, writeOff));
            letter = Letters.next(letter);
        }

        /** Lines sharing a reference with debits and credits: lettered (with a write-off within tolerance) or partial. */
        void byReference(String account, Money tol) {
            Map<String, List<Integer>> byRef = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String r = lines.get(i).reference();
                if (r != null && !r.isBlank()) {
                    byRef.computeIfAbsent(r.trim(), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> g : byRef.values()) {
                boolean hasDebit = false;
                boolean hasCredit = false;
                long sum = 0;
                for (int i : g) {
                    long b = lines.get(i).balanceCents();
                    hasDebit |= b > 0;
                    hasCredit |= b < 0;
                    sum += b;
                }
                if (!hasDebit || !hasCredit) {
                    continue;
                }
                List<String> ids = ids(lines, g);
                g.forEach(i -> done[i] = true);
                if (sum == 0) {
                    group(ids, null);
                } else if (Math.abs(sum) <= tol.cents()) {
                    group(ids, WriteOff.of(account, Money.ofCents(sum)));
                } else {
                    partial.add(new PartialLettrage(ids, Money.ofCents(sum)));
                }
            }
        }

        /** Each open credit, in order, takes the earliest open debit of the same amount. */
        void oneToOne() {
            Map<Long, List<Integer>> debits = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!done[i] && lines.get(i).balanceCents() > 0) {
                    debits.computeIfAbsent(lines.get(i).balanceCents(), k -> new ArrayList<>()).add(i);
                }
            }
            Map<Long, Integer> cursor = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                long b = lines.get(i).balanceCents();
                List<Integer> d = done[i] || b >= 0 ? null : debits.get(-b);
                if (d == null) {
                    continue;
                }
                int c = cursor.getOrDefault(-b, 0);
                while (c < d.size() && done[d.get(c)]) {
                    c++;
                }
                if (c < d.size()) {
                    int j = d.get(c);
                    done[i] = true;
                    done[j] = true;
                    group(List.of(lines.get(Math.min(i, j)).id(), lines.get(Math.max(i, j)).id()), null);
                    c++;
                }
                cursor.put(-b, c);
            }
        }

        List<String> open() {
            List<String> open = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!done[i]) {
                    open.add(lines.get(i).id());
                }
            }
            return open;
        }

        /** Up to MAX_GROUP open lines of the other side, among the first MAX_CANDIDATES, summing to one line. */
        void manyToOne(boolean targetIsCredit) {
            SubsetSum subsets = new SubsetSum(MAX_CANDIDATES, MAX_GROUP);
            for (int t = 0; t < lines.size(); t++) {
                long target = lines.get(t).balanceCents();
                if (done[t] || target == 0 || (target < 0) != targetIsCredit) {
                    continue;
                }
                int[] cand = new int[MAX_CANDIDATES];
                long[] cents = new long[MAX_CANDIDATES];
                int c = 0;
                for (int i = 0; i < lines.size() && c < MAX_CANDIDATES; i++) {
                    long b = lines.get(i).balanceCents();
                    if (!done[i] && i != t && Long.signum(b) == -Long.signum(target) && Math.abs(b) < Math.abs(target)) {
                        cand[c] = i;
                        cents[c++] = b;
                    }
                }
                int[] chosen = new int[MAX_GROUP];
                int size = subsets.find(cents, c, -target, chosen);
                if (size >= 2) {
                    List<Integer> idx = new ArrayList<>();
                    idx.add(t);
                    for (int k = 0; k < size; k++) {
                        idx.add(cand[chosen[k]]);
                    }
                    idx.sort(null);
                    idx.forEach(i -> done[i] = true);
                    group(ids(lines, idx), null);
                }
            }
        }
    }

    private static List<String> ids(List<LettrageLine> lines, List<Integer> idx) {
        List<String> ids = new ArrayList<>(idx.size());
        idx.forEach(i -> ids.add(lines.get(i).id()));
        return ids;
    }

    private static void validate(List<LettrageLine> lines) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            LettrageLine l = lines.get(i);
            String p = "lines[" + i + "]";
            if (l.id().isBlank()) {
                throw new InvalidInputException(p + ".id", "is required");
            }
            if (!ids.add(l.id())) {
                throw new DuplicateIdException(p + ".id", l.id());
            }
            if (l.debit().isNegative() || l.credit().isNegative()) {
                throw new InvalidInputException(p, "debit and credit must not be negative");
            }
            if (!l.debit().isZero() && !l.credit().isZero()) {
                throw new InvalidInputException("debit-and-credit", p, "a line has either a debit or a credit, not both",
                        Map.of("id", l.id()));
            }
            if (l.date().getYear() < 1900 || l.date().getYear() > 2199) {
                throw new InvalidInputException("date-out-of-range", p + ".date", "date out of range",
                        Map.of("value", l.date().toString()));
            }
        }
    }
}
