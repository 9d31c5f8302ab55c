package fr.agora.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The columnar {@link BankReconciler} against {@link ReconciliationOracle}, the same rules written plainly: over many
 * seeded random cases of 0 to 2 000 items a side, the whole {@link Reconciliation} (matches in order with their rule
 * and ids, near misses, unmatched items, adjusted balances, difference, adjusting entries) must be equal, and an
 * invalid input must fail the same way. The seed is in every assertion message. (The oracle was first checked equal
 * to the engine before the re-cut, {@code LegacyBankReconciler}, on these same seeds; that engine is retired.)
 */
class BankReconcilerEquivalenceTest {

    static final LocalDate END = LocalDate.of(2026, 6, 30);

    @Test
    void same_result_as_the_legacy_engine_on_random_cases() {
        for (long seed = 1; seed <= 600; seed++) {
            Random rnd = new Random(seed);
            int size = switch ((int) (seed % 6)) {
                case 0 -> rnd.nextInt(3);          // 0, 1, 2 items
                case 1, 2, 3 -> rnd.nextInt(60);
                case 4 -> rnd.nextInt(400);
                default -> rnd.nextInt(2001);
            };
            Case c = generate(rnd, size, false);
            compare(seed, c);
        }
        // the cases exercise the issue-13 rules too, not only the exact ones
        assertThat(seen.suggestions).isPositive();
        assertThat(seen.corrections).isPositive();
        assertThat(seen.nearMisses).isPositive();
    }

    /** What the compared reconciliations held, summed over a test's cases. */
    private static final class Seen {
        long suggestions;
        long corrections;
        long nearMisses;
    }

    private static final Seen seen = new Seen();

    @Test
    void same_result_with_amounts_too_far_apart_to_pack() {
        // amounts up to ±10^15 cents: the amount layer falls back to its general sort
        for (long seed = 1001; seed <= 1100; seed++) {
            Random rnd = new Random(seed);
            compare(seed, generate(rnd, rnd.nextInt(seed % 5 == 0 ? 2001 : 200), true));
        }
    }

    @Test
    void same_result_with_many_entries_sharing_a_reference() {
        // more than 64 open entries under one reference: the capped scan and the near-miss candidates
        for (long seed = 2001; seed <= 2040; seed++) {
            Random rnd = new Random(seed);
            List<BookEntry> book = new ArrayList<>();
            List<StatementLine> bank = new ArrayList<>();
            int k = 50 + rnd.nextInt(100);
            for (int i = 0; i < k; i++) {
                book.add(new BookEntry("B" + i, END.minusDays(rnd.nextInt(20)), "b", rnd.nextInt(4) == 0 ? " R1 " : "R1",
                        Money.ofCents(100 + rnd.nextInt(30))));
            }
            for (int i = 0; i < k; i++) {
                bank.add(new StatementLine("S" + i, END.minusDays(rnd.nextInt(20)), "PAY R1 x R1", rnd.nextBoolean() ? "R1" : null,
                        Money.ofCents(100 + rnd.nextInt(40))));
            }
            compare(seed, new Case(book, bank, MatchingOptions.defaults(), 0, 0));
        }
    }

    @Test
    void same_failure_on_invalid_input() {
        for (long seed = 3001; seed <= 3300; seed++) {
            Random rnd = new Random(seed);
            Case c = generate(rnd, 1 + rnd.nextInt(40), rnd.nextInt(10) == 0);
            List<BookEntry> book = new ArrayList<>(c.book);
            List<StatementLine> bank = new ArrayList<>(c.bank);
            int faults = 1 + rnd.nextInt(3);
            for (int f = 0; f < faults; f++) {
                boolean onBook = rnd.nextBoolean() && !book.isEmpty() || bank.isEmpty();
                if (onBook && !book.isEmpty()) {
                    int i = rnd.nextInt(book.size());
                    BookEntry b = book.get(i);
                    book.set(i, switch (rnd.nextInt(4)) {
                        case 0 -> new BookEntry(" ", b.date(), b.label(), b.reference(), b.amount());
                        case 1 -> new BookEntry(book.get(rnd.nextInt(book.size())).id(), b.date(), b.label(), b.reference(), b.amount());
                        case 2 -> new BookEntry(b.id(), END.plusDays(1 + rnd.nextInt(3)), b.label(), b.reference(), b.amount());
                        default -> new BookEntry(b.id(), END.minusYears(10).minusDays(rnd.nextInt(2)), b.label(), b.reference(), b.amount());
                    });
                } else if (!bank.isEmpty()) {
                    int i = rnd.nextInt(bank.size());
                    StatementLine l = bank.get(i);
                    bank.set(i, switch (rnd.nextInt(5)) {
                        case 0 -> new StatementLine("", l.date(), l.label(), l.reference(), l.amount());
                        case 1 -> new StatementLine(bank.get(rnd.nextInt(bank.size())).id(), l.date(), l.label(), l.reference(), l.amount());
                        case 2 -> new StatementLine(l.id(), END.plusDays(1), l.label(), l.reference(), l.amount());
                        case 3 -> new StatementLine(l.id(), l.date(), l.label(), l.reference(), l.amount(), "627",
                                l.amount().abs().plus(Money.ofCents(1)));
                        default -> new StatementLine(l.id(), l.date(), l.label(), l.reference(), l.amount(), "627",
                                Money.ofCents(-1));
                    });
                }
            }
            compare(seed, new Case(book, bank, c.options, c.bookBalance, c.bankBalance));
        }
    }

    @Test
    void same_failure_on_a_missing_date_and_on_amounts_beyond_a_long() {
        List<BookEntry> book = List.of(new BookEntry("B1", END, "b", null, Money.of("100000000000000000000.00")));
        List<StatementLine> bank = List.of(new StatementLine("S1", END, "l", null, Money.of("1.00")),
                new StatementLine("S1", END, "l", null, Money.of("1.00")));
        compare(1, new Case(book, bank, MatchingOptions.defaults(), 0, 0)); // the duplicate wins over the overflow
        compare(2, new Case(book, bank.subList(0, 1), MatchingOptions.defaults(), 0, 0)); // the overflow
        Object oracle = outcome(() -> new ReconciliationOracle(MatchingOptions.defaults())
                .reconcile(null, Money.ZERO, Money.ZERO, book, bank));
        Object current = outcome(() -> new BankReconciler().reconcile(null, Money.ZERO, Money.ZERO, book, bank));
        assertThat(current).isEqualTo(oracle);
    }

    @Test
    void same_result_where_epoch_days_pass_the_int_range() {
        // the engines keep days as int epoch days: around day 2^31 they wrap, and must still agree
        LocalDate end = LocalDate.ofEpochDay(Integer.MAX_VALUE + 3L);
        for (long seed = 4001; seed <= 4040; seed++) {
            Random rnd = new Random(seed);
            List<BookEntry> book = new ArrayList<>();
            List<StatementLine> bank = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long cents = (1 + rnd.nextInt(6)) * (rnd.nextBoolean() ? 1 : -1);
                book.add(new BookEntry("B" + i, end.minusDays(rnd.nextInt(8)), "b", null, Money.ofCents(cents)));
                bank.add(new StatementLine("S" + i, end.minusDays(rnd.nextInt(8)), "l", null,
                        Money.ofCents(rnd.nextInt(3) == 0 ? 2 * cents : cents)));
            }
            MatchingOptions options = MatchingOptions.withTolerance(rnd.nextInt(4));
            Object expected = outcome(() -> new ReconciliationOracle(options).reconcile(end, Money.ZERO, Money.ZERO, book, bank));
            Object actual = outcome(() -> new BankReconciler(options).reconcile(end, Money.ZERO, Money.ZERO, book, bank));
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        }
    }

    record Case(List<BookEntry> book, List<StatementLine> bank, MatchingOptions options, long bookBalance,
                long bankBalance) {
    }

    private static void compare(long seed, Case c) {
        Money bookBalance = Money.ofCents(c.bookBalance);
        Money bankBalance = Money.ofCents(c.bankBalance);
        Object expected = outcome(() -> new ReconciliationOracle(c.options)
                .reconcile(END, bookBalance, bankBalance, c.book, c.bank));
        Object actual = outcome(() -> new BankReconciler(c.options)
                .reconcile(END, bookBalance, bankBalance, c.book, c.bank));
        assertThat(actual).as("seed %d, %d entries, %d lines, %s", seed, c.book.size(), c.bank.size(), c.options)
                .isEqualTo(expected);
        if (actual instanceof Reconciliation r) {
            seen.suggestions += r.suggestions().size();
            seen.nearMisses += r.nearMisses().size();
            seen.corrections += r.matches().stream().filter(m -> m.rule() == MatchRule.REFERENCE_WITH_CORRECTION).count();
        }
    }

    /** The reconciliation, or a comparable description of the exception thrown. */
    private static Object outcome(java.util.function.Supplier<Reconciliation> run) {
        try {
            return run.get();
        } catch (DomainException e) {
            return List.of(e.getClass().getName(), String.valueOf(e.getMessage()), e.kind(), e.problemType(),
                    String.valueOf(e.field()), e.details());
        } catch (RuntimeException e) {
            return List.of(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    /** A mix of every layer's cases, with many ties (same amounts, same dates, shared references). */
    private static Case generate(Random rnd, int size, boolean wideAmounts) {
        List<BookEntry> book = new ArrayList<>();
        List<StatementLine> bank = new ArrayList<>();
        int amountRange = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 5000); // small ranges force equal amounts
        int dateRange = 1 + rnd.nextInt(rnd.nextBoolean() ? 10 : 400);
        int refRange = 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 500);
        int id = 0;
        while (book.size() < size || bank.size() < size) {
            long cents = amount(rnd, amountRange, wideAmounts);
            LocalDate day = END.minusDays(rnd.nextInt(dateRange));
            int kind = rnd.nextInt(100);
            String n = Integer.toString(id++);
            if (kind < 40) { // same amount, dates close; sometimes counterpart accounts that agree or contradict
                book.add(new BookEntry("B" + n, day, "op", null, Money.ofCents(cents), account(rnd)));
                bank.add(line("S" + n, shift(rnd, day, 8), "VIR " + n, null, cents, rnd));
            } else if (kind < 60) { // reference in the reference field or in the label, sometimes a near miss
                String ref = (rnd.nextInt(5) == 0 ? "F-" : "F") + rnd.nextInt(refRange);
                book.add(new BookEntry("B" + n, day, "op", rnd.nextInt(10) == 0 ? " " + ref + " " : ref,
                        Money.ofCents(cents), account(rnd)));
                long lineCents = switch (rnd.nextInt(8)) {
                    case 0 -> cents + 9;
                    case 1 -> swapLastDigits(cents); // a transposition
                    default -> cents;
                };
                String label = switch (rnd.nextInt(4)) {
                    case 0 -> "PAIEMENT " + ref;
                    case 1 -> ref + "/X PAY " + ref;
                    case 2 -> "PMT" + ref + " ab";
                    default -> "é " + ref.toLowerCase() + " " + ref;
                };
                bank.add(line("S" + n, shift(rnd, day, 30), label, rnd.nextInt(3) == 0 ? ref : null, lineCents, rnd));
            } else if (kind < 70) { // grouped: 2..5 entries → one line
                int parts = 2 + rnd.nextInt(4);
                long total = 0;
                for (int p = 0; p < parts; p++) {
                    long part = Math.max(1, Math.abs(cents) / parts + rnd.nextInt(5)) * Long.signum(cents == 0 ? 1 : cents);
                    total += part;
                    book.add(new BookEntry("B" + n + "p" + p, shift(rnd, day, 4), "remise", null, Money.ofCents(part),
                            account(rnd)));
                }
                bank.add(line("S" + n, day, "REMISE", null, total, rnd));
            } else if (kind < 80) { // grouped: one entry ← 2..5 lines
                int parts = 2 + rnd.nextInt(4);
                long total = 0;
                for (int p = 0; p < parts; p++) {
                    long part = Math.max(1, Math.abs(cents) / parts + rnd.nextInt(5)) * Long.signum(cents == 0 ? 1 : cents);
                    total += part;
                    bank.add(line("S" + n + "p" + p, shift(rnd, day, 4), "CB", null, part, rnd));
                }
                book.add(new BookEntry("B" + n, day, "ventes", null, Money.ofCents(total)));
            } else if (kind < 88) {
                book.add(new BookEntry("B" + n, day, "only book", rnd.nextInt(4) == 0 ? "F" + rnd.nextInt(refRange) : null,
                        Money.ofCents(cents)));
            } else if (kind < 96) {
                bank.add(line("S" + n, day, "only bank F" + rnd.nextInt(refRange), null, cents, rnd));
            } else { // zero amounts
                book.add(new BookEntry("B" + n, day, "zero", null, Money.ZERO));
                bank.add(line("S" + n, day, "zero", null, rnd.nextBoolean() ? 0 : cents, rnd));
            }
        }
        while (book.size() > size) {
            book.remove(book.size() - 1);
        }
        while (bank.size() > size) {
            bank.remove(bank.size() - 1);
        }
        Collections.shuffle(book, rnd);
        Collections.shuffle(bank, rnd);
        MatchingOptions options = switch (rnd.nextInt(4)) {
            case 0 -> MatchingOptions.withTolerance(rnd.nextInt(15));
            case 1 -> {
                int maxC = 2 + rnd.nextInt(19);
                yield new MatchingOptions(rnd.nextInt(40), maxC, 2 + rnd.nextInt(maxC - 1));
            }
            default -> MatchingOptions.defaults();
        };
        return new Case(book, bank, options, rnd.nextInt(2_000_000) - 1_000_000, rnd.nextInt(2_000_000) - 1_000_000);
    }

    private static long amount(Random rnd, int range, boolean wide) {
        long cents = (1 + rnd.nextInt(range)) * (rnd.nextInt(3) == 0 ? 1L : -1L);
        if (wide && rnd.nextInt(3) == 0) {
            cents *= 1 + rnd.nextInt(1_000_000_000) * (long) rnd.nextInt(1_000_000);
        }
        return cents;
    }

    /** No account most of the time; otherwise accounts that agree (401, 4011) or contradict (411, 431) the lines'. */
    private static String account(Random rnd) {
        return switch (rnd.nextInt(8)) {
            case 0 -> "401";
            case 1 -> "4011";
            case 2 -> " 411";
            case 3 -> "431";
            default -> null;
        };
    }

    private static long swapLastDigits(long cents) {
        long a = Math.abs(cents);
        long swapped = a / 100 * 100 + (a % 10) * 10 + (a / 10) % 10;
        return Long.signum(cents) * swapped;
    }

    private static LocalDate shift(Random rnd, LocalDate day, int spread) {
        LocalDate d = day.plusDays(rnd.nextInt(2 * spread + 1) - spread);
        return d.isAfter(END) ? END : d;
    }

    private static StatementLine line(String id, LocalDate day, String label, String ref, long cents, Random rnd) {
        Money amount = Money.ofCents(cents);
        String account = switch (rnd.nextInt(6)) {
            case 0, 1 -> null;
            case 2 -> "411";
            case 3 -> "627";
            case 4 -> "401";
            default -> "431";
        };
        Money vat = cents < 0 && rnd.nextInt(4) == 0 ? Money.ofCents(Math.abs(cents) / 6) : null;
        return new StatementLine(id, day, label, ref, amount, account, vat);
    }
}
