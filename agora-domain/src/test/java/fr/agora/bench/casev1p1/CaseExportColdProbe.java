package fr.agora.bench.casev1p1;

import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The first and second CASE export in a fresh JVM, wall-clock <em>and</em> CPU time of the exporting thread. On a
 * shared, loaded machine the wall-clock time of a cold run mostly measures waiting for a core; the thread's CPU time
 * is what the export costs. Run it several times, each in a new JVM (see {@code docs/benchmarks/case.md}).
 */
public final class CaseExportColdProbe {

    private CaseExportColdProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Referentiel r = Referentiels.agora2020();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        CaseExporter.export(r);
        long c1 = mx.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        CaseExporter.export(r);
        long c2 = mx.getCurrentThreadCpuTime();
        long w2 = System.nanoTime();
        System.out.printf("first export: wall %.1f ms, cpu %.1f ms; second: wall %.1f ms, cpu %.1f ms%n",
                (w1 - w0) / 1e6, (c1 - c0) / 1e6, (w2 - w1) / 1e6, (c2 - c1) / 1e6);
    }
}
