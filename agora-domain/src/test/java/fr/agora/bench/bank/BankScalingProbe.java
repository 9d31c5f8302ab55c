package fr.agora.bench.bank;

import fr.agora.domain.shared.Money;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A probe for a shared, loaded machine, next to the JMH benchmark (same data, same seed): interleaves 100 k and 1 M
 * operations of the engine, of an earlier engine when one is on the class path, and of the sort baseline in one JVM,
 * and reports the median wall time and the median <b>thread CPU time</b> of each (CPU time does not count the time the
 * thread waited for a core, so the ratios hold up when other processes share the core; it does not count GC threads).
 *
 * <p>The earlier engine is any class {@code fr.agora.bench.bank.BankReconcilerBefore} with the same
 * {@code reconcile} signature, e.g. the engine of a past commit copied from git history (not kept in the sources):
 * <pre>
 * git show 8aabd62:agora-domain/src/main/java/fr/agora/domain/bank/BankReconciler.java \
 *   | sed 's/^package fr.agora.domain.bank;/package fr.agora.bench.bank;\nimport fr.agora.domain.bank.*;/;
 *          s/class BankReconciler /class BankReconcilerBefore /; s/public BankReconciler(/public BankReconcilerBefore(/g;
 *          s/new Reconciliation(matches, nearMisses, /new Reconciliation(matches, nearMisses, List.of(), /' \
 *   > agora-domain/src/test/java/fr/agora/bench/bank/BankReconcilerBefore.java
 * ./mvnw -B -q -pl agora-domain test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * taskset -c 1 java -Xms6g -Xmx6g -cp agora-domain/target/test-classes:agora-domain/target/classes:$(cat agora-domain/target/bench.classpath) \
 *     fr.agora.bench.bank.BankScalingProbe 7
 * </pre>
 */
public final class BankScalingProbe {
    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(a[0]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        BankReconcilerBenchmark small = new BankReconcilerBenchmark(); small.n = 100_000; small.setUp();
        BankReconcilerBenchmark big = new BankReconcilerBenchmark(); big.n = 1_000_000; big.setUp();
        Object before = null;
        Method beforeReconcile = null;
        try {
            Class<?> c = Class.forName("fr.agora.bench.bank.BankReconcilerBefore");
            before = c.getConstructor().newInstance();
            beforeReconcile = c.getMethod("reconcile", LocalDate.class, Money.class, Money.class, List.class, List.class);
        } catch (ClassNotFoundException absent) {
            System.out.println("no BankReconcilerBefore on the class path: the 'before' rows are skipped");
        }
        if (before != null) { // the same answer on this data, where no issue-13 rule applies
            Object now = small.reconcile();
            Object then = beforeReconcile.invoke(before, BankReconcilerBenchmark.END, Money.ZERO, Money.ZERO,
                    small.entries, small.lines);
            System.out.println("same reconciliation as the earlier engine at 100k: " + now.equals(then));
        }
        String[] names = {"new 100k", "before 100k", "sort 100k", "new 1M", "before 1M", "sort 1M"};
        long[][] wall = new long[6][rounds]; long[][] cpu = new long[6][rounds];
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            for (int k = 0; k < 6; k++) {
                if (k % 3 == 1 && before == null) {
                    continue;
                }
                BankReconcilerBenchmark b = k < 3 ? small : big;
                int reps = k < 3 ? 10 : 1; // 100k: 10 ops per sample
                long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < reps; i++) {
                    Object o = switch (k % 3) {
                        case 0 -> b.reconcile();
                        case 1 -> beforeReconcile.invoke(before, BankReconcilerBenchmark.END, Money.ZERO, Money.ZERO,
                                b.entries, b.lines);
                        default -> b.sortAmountsBaseline();
                    };
                    if (o == null) throw new AssertionError();
                }
                long t1 = System.nanoTime(), c1 = mx.getCurrentThreadCpuTime();
                if (r >= 0) { wall[k][r] = (t1 - t0) / reps; cpu[k][r] = (c1 - c0) / reps; }
            }
            System.out.println("round " + r + " done " + java.time.LocalTime.now());
        }
        double[] mw = new double[6], mc = new double[6];
        for (int k = 0; k < 6; k++) {
            long[] w = wall[k].clone(), c = cpu[k].clone(); Arrays.sort(w); Arrays.sort(c);
            mw[k] = w[rounds / 2] / 1e6; mc[k] = c[rounds / 2] / 1e6;
            System.out.printf("%-12s median wall %9.1f ms  median cpu %9.1f ms  (wall min %.1f max %.1f)%n", names[k], mw[k], mc[k], w[0] / 1e6, w[rounds - 1] / 1e6);
        }
        System.out.printf("t(1M)/t(100k) cpu : new %.1f before %.1f sort %.1f%n", mc[3] / mc[0], mc[4] / mc[1], mc[5] / mc[2]);
        System.out.printf("reconcile/sort cpu 1M: new %.2f before %.2f; 100k: new %.2f before %.2f%n", mc[3] / mc[5], mc[4] / mc[5], mc[0] / mc[2], mc[1] / mc[2]);
        System.out.printf("new/before cpu: 1M %.3f, 100k %.3f%n", mc[3] / mc[4], mc[0] / mc[1]);
    }
}
