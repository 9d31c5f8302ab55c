package fr.agora.bench.grid;

import fr.agora.adapter.in.rest.coverage.CoverageHeatmapSvg;
import fr.agora.adapter.in.rest.coverage.CoverageRestMapper;
import fr.agora.adapter.in.rest.grid.GridFixtures;
import fr.agora.adapter.in.rest.grid.GridPdfWriter;
import fr.agora.adapter.in.rest.grid.GridRestMapper;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.coverage.CoverageSettings;
import fr.agora.domain.grid.CohortGrid;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14's figures: the booklet of a 35-student cohort as PDF (target ≤ 5 s) and the coverage heatmap as SVG
 * (target ≤ 50 ms), each beside a baseline measured in the same run — the JSON of the same data, as the API writes it
 * (Jackson over the REST DTOs) — so that a noisy machine still gives a meaningful ratio. The data: 35 students with
 * 40 seeded observations each over P1–P4 (the demo school has about 1 300 over 35 students), the real référentiel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class GridFilesBenchmark {

    private CohortGrid cohort;
    private CoverageMatrix student;
    private CohortCoverage cohortCoverage;
    private ObjectMapper json;

    @Setup
    public void setUp() {
        cohort = GridFixtures.cohort(35, 40, 14);
        json = JsonMapper.builder().build();
        CoverageSettings settings = CoverageSettings.at(PeriodCode.P4);
        Random r = new Random(14);
        List<CoverageMatrix> ms = new ArrayList<>();
        List<String> codes = GridFixtures.FRAMEWORK.competencyCodes();
        String[] levels = {"1", "2", "3", "4", "NE"};
        int seq = 0;
        for (int i = 0; i < 35; i++) {
            StudentId id = StudentId.of("s-" + i);
            List<Evaluation> es = new ArrayList<>();
            for (int j = 0; j < 40; j++) {
                es.add(GridFixtures.observation(id, ++seq, codes.get(r.nextInt(codes.size())), null, PeriodCode.values()[r.nextInt(4)],
                        levels[r.nextInt(levels.length)]));
            }
            ms.add(CoverageMatrix.of(GridFixtures.FRAMEWORK, id, es, GridFixtures.LSL, AggregationPolicy.schoolDefault(), settings));
        }
        student = ms.get(0);
        cohortCoverage = CohortCoverage.of(GridFixtures.FRAMEWORK, settings, ms);
    }

    @Benchmark
    public byte[] bookletPdf35() {
        return GridPdfWriter.booklet(cohort);
    }

    @Benchmark
    public byte[] bookletJsonBaseline() {
        return json.writeValueAsBytes(GridRestMapper.cohort(cohort));
    }

    @Benchmark
    public String studentHeatmapSvg() {
        return CoverageHeatmapSvg.student("Couverture — élève", student);
    }

    @Benchmark
    public String cohortHeatmapSvg() {
        return CoverageHeatmapSvg.cohort("Couverture — division", cohortCoverage);
    }

    @Benchmark
    public byte[] heatmapJsonBaseline() {
        return json.writeValueAsBytes(CoverageRestMapper.cohortCoverage("c", cohortCoverage));
    }
}
