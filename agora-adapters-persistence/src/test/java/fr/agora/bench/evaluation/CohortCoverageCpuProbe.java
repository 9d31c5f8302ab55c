package fr.agora.bench.evaluation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a benchmark: the CPU time one cohort-coverage request costs, which a loaded machine does not inflate as it
 * inflates wall time. After {@code warmup} requests, runs {@code runs} more and prints, per request, the calling
 * thread's CPU time in the JVM and, on PostgreSQL, the CPU time of the server's processes (children of the embedded
 * postmaster, from {@code /proc}; 10 ms ticks, so only the average over all runs is meaningful).
 * {@code java -cp … fr.agora.bench.evaluation.CohortCoverageCpuProbe [POSTGRESQL|H2] [schoolStudents] [warmup] [runs]}
 */
public final class CohortCoverageCpuProbe {

    public static void main(String[] args) throws IOException {
        EvaluationBenchData.Db which = EvaluationBenchData.Db.valueOf(args.length > 0 ? args[0] : "POSTGRESQL");
        int schoolStudents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        try (EvaluationBenchData.Database db = which.open()) {
            EvaluationBenchData.School school = EvaluationBenchData.seed(db.dataSource(), schoolStudents);
            db.analyze();
            long postmaster = -1;
            if (which == EvaluationBenchData.Db.POSTGRESQL) {
                Integer backend = new JdbcTemplate(db.dataSource()).queryForObject("SELECT pg_backend_pid()", Integer.class);
                postmaster = Long.parseLong(stat(backend)[1]);
            }
            for (int i = 0; i < warmup; i++) school.service().cohortCoverage(EvaluationBenchData.QUERY);
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long[] jvm = new long[runs];
            long pg0 = childrenTicks(postmaster);
            long w0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                school.service().cohortCoverage(EvaluationBenchData.QUERY);
                jvm[i] = mx.getCurrentThreadCpuTime() - c0;
            }
            long wall = System.nanoTime() - w0;
            long pgTicks = childrenTicks(postmaster) - pg0;
            Arrays.sort(jvm);
            System.out.printf("%s, school of %d: %d requests after %d warm-up; JVM thread CPU per request: median %.1f ms, p90 %.1f ms, "
                            + "mean %.1f ms; server CPU per request (mean): %s; wall per request (mean): %.1f ms%n",
                    which, schoolStudents, runs, warmup, jvm[runs / 2] / 1e6, jvm[(int) (runs * 0.9)] / 1e6,
                    Arrays.stream(jvm).average().orElse(0) / 1e6,
                    postmaster < 0 ? "in the JVM" : String.format("%.1f ms", pgTicks * 10.0 / runs), wall / 1e6 / runs);
        }
    }

    private static String[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ", -1); // [0] = state, [1] = ppid … [11] = utime, [12] = stime
        } catch (IOException e) {
            return null;
        }
    }

    /** utime + stime (clock ticks) of every process whose parent is {@code parent}. */
    private static long childrenTicks(long parent) throws IOException {
        if (parent < 0) return 0;
        long sum = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) continue;
                String[] f = stat(Long.parseLong(name));
                if (f != null && Long.parseLong(f[1]) == parent) sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
        }
        return sum;
    }
}
