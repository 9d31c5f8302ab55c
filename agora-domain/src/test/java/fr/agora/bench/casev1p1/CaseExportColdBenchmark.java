package fr.agora.bench.casev1p1;

import fr.agora.domain.interop.casev1p1.CaseExport;
import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The very first CASE export in a fresh JVM (class loading, interpreter, no JIT yet): one shot per fork, no warm-up,
 * the référentiel already parsed (its parsing is the référentiel's cost, paid once at start-up by the catalogue).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CaseExportColdBenchmark {

    Referentiel referentiel;

    @Setup
    public void setUp() {
        referentiel = Referentiels.agora2020();
    }

    @Benchmark
    public CaseExport firstExport() {
        return CaseExporter.export(referentiel);
    }
}
