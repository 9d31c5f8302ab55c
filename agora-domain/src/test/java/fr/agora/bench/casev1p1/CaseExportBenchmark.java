package fr.agora.bench.casev1p1;

import fr.agora.domain.interop.casev1p1.CaseExport;
import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CASE export of the agora-2020 référentiel (2 frameworks, 65 items, ~140 associations, ~37 rubrics with their
 * criteria × 4 levels: a few thousand UUIDv5, each a SHA-1). Target: "CASE package export ≤ 200 ms".
 * {@code export}: from the parsed référentiel (what the service does once per version);
 * {@code parseAndExport}: from the stored JSON text (a cold service that has not parsed the version yet).
 * The first export in a fresh JVM is measured by {@link CaseExportColdBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseExportBenchmark {

    Referentiel referentiel;
    String content;

    @Setup
    public void setUp() {
        content = Referentiels.content(Referentiels.AGORA_2020);
        referentiel = Referentiels.parse(content);
    }

    @Benchmark
    public CaseExport export() {
        return CaseExporter.export(referentiel);
    }

    @Benchmark
    public CaseExport parseAndExport() {
        return CaseExporter.export(Referentiels.parse(content));
    }

    /** Baseline: parsing alone. */
    @Benchmark
    public Referentiel parseOnly() {
        return Referentiels.parse(content);
    }
}
