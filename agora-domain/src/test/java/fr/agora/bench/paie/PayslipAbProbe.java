package fr.agora.bench.paie;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Same-run A/B ratio of {@link PayslipBenchmark} between two builds of agora-domain (a baseline tree and a candidate
 * tree), for a machine too loaded for separate JMH runs to compare: both builds are loaded in one JVM, each in its own
 * class loader, and measured in alternating slices, so that a load change hits both alike. Reports the median of the
 * per-round ratios. Run by {@code scripts/bench-paie-ab.sh}; JMH's own figures stay the reference for absolute values.
 */
public final class PayslipAbProbe {

    private static final String BLACKHOLE_PASSWORD =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    private PayslipAbProbe() {
    }

    record Build(String name, Object bench, Method standard, Method year, Object blackhole) {
    }

    public static void main(String[] args) throws Exception {
        List<URL> deps = new ArrayList<>();
        for (String p : Files.readString(Path.of(args[2])).trim().split(":")) {
            deps.add(Path.of(p).toUri().toURL());
        }
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        ClassLoader depLoader = new URLClassLoader(deps.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Build base = load("baseline", args[0], depLoader);
        Build cand = load("candidate", args[1], depLoader);
        for (int i = 0; i < 6; i++) { // warm-up, both builds
            slice(base, 500);
            slice(cand, 500);
        }
        double[] ratios = new double[rounds];
        double[] baseOps = new double[rounds];
        double[] candOps = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            boolean baseFirst = r % 2 == 0;
            double b1 = baseFirst ? slice(base, 400) : 0;
            double c = slice(cand, 400);
            double b2 = baseFirst ? 0 : slice(base, 400);
            baseOps[r] = baseFirst ? b1 : b2;
            candOps[r] = c;
            ratios[r] = c / baseOps[r];
        }
        System.out.printf("standardPayslip: baseline median %.0f ops/s, candidate median %.0f ops/s, median ratio candidate/baseline %.3f"
                + " (rounds %d, ratio quartiles %.3f – %.3f)%n", median(baseOps), median(candOps), median(ratios), rounds,
                quantile(ratios, 0.25), quantile(ratios, 0.75));
        int years = Math.max(3, rounds / 6);
        double[] yearRatios = new double[years];
        double[] baseMs = new double[years];
        double[] candMs = new double[years];
        for (int r = 0; r < years; r++) {
            baseMs[r] = year(base);
            candMs[r] = year(cand);
            yearRatios[r] = candMs[r] / baseMs[r];
        }
        System.out.printf("yearFor10000Employees: baseline median %.1f ms, candidate median %.1f ms, median ratio candidate/baseline %.3f"
                + " (rounds %d)%n", median(baseMs), median(candMs), median(yearRatios), years);
    }

    private static Build load(String name, String tree, ClassLoader parent) throws Exception {
        URL[] urls = {Path.of(tree, "agora-domain/target/test-classes").toUri().toURL(),
                Path.of(tree, "agora-domain/target/classes").toUri().toURL()};
        ClassLoader loader = new URLClassLoader(urls, parent);
        Class<?> c = loader.loadClass("fr.agora.bench.paie.PayslipBenchmark");
        Object bench = c.getConstructor().newInstance();
        c.getMethod("setUp").invoke(bench);
        Class<?> bh = parent.loadClass("org.openjdk.jmh.infra.Blackhole");
        Object blackhole = bh.getConstructor(String.class).newInstance(BLACKHOLE_PASSWORD);
        return new Build(name, bench, c.getMethod("standardPayslip"), c.getMethod("yearFor10000Employees", bh), blackhole);
    }

    /** Payslips per second over a slice of {@code millis}. */
    private static double slice(Build b, long millis) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        long n = 0;
        long start = System.nanoTime();
        long now;
        int sink = 0;
        do {
            for (int i = 0; i < 64; i++) {
                sink += System.identityHashCode(b.standard.invoke(b.bench)) & 1;
            }
            n += 64;
            now = System.nanoTime();
        } while (now < end);
        if (sink == -1) {
            System.out.print("");
        }
        return n * 1e9 / (now - start);
    }

    private static double year(Build b) throws Exception {
        long t = System.nanoTime();
        b.year.invoke(b.bench, b.blackhole);
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(double[] v) {
        return quantile(v, 0.5);
    }

    private static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.round(q * (s.length - 1))];
    }
}
