package fr.agora.bench.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of a local PostgreSQL server (the postmaster named by {@code -Dagora.scale.pgdata}'s {@code postmaster.pid}
 * and its child processes), read from {@code /proc} in clock ticks (10 ms): meaningful as a mean over many requests,
 * not per request. 0 when the data directory or {@code /proc} cannot be read.
 */
final class ServerCpu {

    private static final double MILLIS_PER_TICK = 10.0;

    private ServerCpu() {
    }

    static long millis() {
        String pgdata = System.getProperty("agora.scale.pgdata");
        if (pgdata == null) return 0;
        try {
            String postmaster = Files.readAllLines(Path.of(pgdata, "postmaster.pid")).get(0).trim();
            long ticks = 0;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs.filter(q -> q.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
                    String[] f = stat(p);
                    if (f != null && (f[3].equals(postmaster) || p.getFileName().toString().equals(postmaster))) {
                        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    }
                }
            }
            return Math.round(ticks * MILLIS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The fields of /proc/pid/stat after the command name (which may hold spaces), renumbered from 0 = pid. */
    private static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            int close = s.lastIndexOf(')');
            String[] rest = s.substring(close + 2).split(" ");
            String[] out = new String[rest.length + 2];
            out[0] = s.substring(0, s.indexOf(' '));
            out[1] = "";
            System.arraycopy(rest, 0, out, 2, rest.length);
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
