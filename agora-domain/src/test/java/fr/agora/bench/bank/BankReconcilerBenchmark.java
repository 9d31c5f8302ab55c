package fr.agora.bench.bank;

import fr.agora.domain.bank.BankReconciler;
import fr.agora.domain.bank.BookEntry;
import fr.agora.domain.bank.Reconciliation;
import fr.agora.domain.bank.StatementLine;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * n statement lines against n book entries: ~70 % same amount within the date tolerance, ~15 % by reference,
 * ~5 % grouped deposits (2 entries → 1 line), ~10 % only on one side, amounts drawn from 1 to 10 000.00 so that
 * equal amounts collide often at 1 M. Baseline: sorting the same 2n amounts (long cents), in the same run;
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class BankReconcilerBenchmark {

    @Param({"100000", "1000000"})
    public int n;

    List<BookEntry> entries;
    List<StatementLine> lines;
    long[] amounts;
    long[] work;
    final BankReconciler reconciler = new BankReconciler();
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Setup(Level.Trial)
    public void setUp() {
        Random rnd = new Random(42);
        entries = new ArrayList<>(n);
        lines = new ArrayList<>(n);
        int i = 0;
        while (lines.size() < n) {
            long cents = (rnd.nextInt(1_000_000) + 1) * (rnd.nextInt(3) == 0 ? 1L : -1L);
            LocalDate day = END.minusDays(30 + rnd.nextInt(300));
            int kind = rnd.nextInt(100);
            String id = Integer.toString(i++);
            if (kind < 70) {
                entries.add(new BookEntry("B" + id, day, "op", null, Money.ofCents(cents)));
                lines.add(new StatementLine("S" + id, day.plusDays(rnd.nextInt(5)), "VIR", null, Money.ofCents(cents)));
            } else if (kind < 85) {
                entries.add(new BookEntry("B" + id, day, "op", "F" + id, Money.ofCents(cents)));
                lines.add(new StatementLine("S" + id, day.plusDays(rnd.nextInt(20)), "PAIEMENT F" + id, null,
                        Money.ofCents(cents)));
            } else if (kind < 90) {
                long part = cents / 3;
                entries.add(new BookEntry("B" + id + "a", day, "remise", null, Money.ofCents(part)));
                entries.add(new BookEntry("B" + id + "b", day, "remise", null, Money.ofCents(cents - part)));
                lines.add(new StatementLine("S" + id, day.plusDays(1), "REMISE", null, Money.ofCents(cents)));
            } else if (kind < 95) {
                entries.add(new BookEntry("B" + id, day, "only book", null, Money.ofCents(cents)));
            } else {
                lines.add(new StatementLine("S" + id, day, "only bank", null, Money.ofCents(cents)));
            }
        }
        while (entries.size() > n) {
            entries.remove(entries.size() - 1);
        }
        while (entries.size() < n) {
            entries.add(new BookEntry("BX" + entries.size(), END.minusDays(3), "pad", null, Money.ofCents(7)));
        }
        Collections.shuffle(entries, rnd);
        Collections.shuffle(lines, rnd);
        amounts = new long[2 * n];
        for (int k = 0; k < n; k++) {
            amounts[k] = entries.get(k).amount().cents();
            amounts[n + k] = lines.get(k).amount().cents();
        }
        work = new long[2 * n];
    }

    @Benchmark
    public Reconciliation reconcile() {
        return reconciler.reconcile(END, Money.ZERO, Money.ZERO, entries, lines);
    }

    /** Baseline: sort the same 2n amounts (copy included). */
    @Benchmark
    public long[] sortAmountsBaseline() {
        System.arraycopy(amounts, 0, work, 0, amounts.length);
        Arrays.sort(work);
        return work;
    }
}
