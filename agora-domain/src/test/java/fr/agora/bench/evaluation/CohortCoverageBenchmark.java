package fr.agora.bench.evaluation;

import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.coverage.CoverageSettings;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.assessment.Fixtures;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory share of the issue #3 cohort-coverage figure: 35 students × 429 evaluations (15 015), the 37 real
 * codes, periods P1–P4 of P1–P6, the school default policy. {@code coverage}: the 35 matrices and their fold, as
 * {@code CohortCoverageTimingTest} used to time it; {@code historyAndCoverage}: plus rebuilding each student's
 * history and its effective records, which is what {@code GetCohortCoverageService.cohortCoverage} does after the
 * database read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
public class CohortCoverageBenchmark {

    final CompetencyFramework fw = Fixtures.real37();
    final CoverageSettings settings = CoverageSettings.at(PeriodCode.P4);
    final AggregationPolicy policy = AggregationPolicy.schoolDefault();
    final List<StudentId> ids = new ArrayList<>();
    final List<List<Evaluation>> stored = new ArrayList<>();
    final List<List<Evaluation>> effective = new ArrayList<>();

    public CohortCoverageBenchmark() {
        Random r = new Random(7L);
        String[] codes = {"1", "2", "3", "4", "NE"};
        for (int s = 0; s < 35; s++) {
            StudentId id = StudentId.of("s" + s);
            ids.add(id);
            List<Evaluation> es = new ArrayList<>();
            for (int i = 0; i < 15_000 / 35 + 1; i++) {
                es.add(Fixtures.eval(id, fw.competencyCodes().get(r.nextInt(37)), PeriodCode.values()[r.nextInt(4)], codes[r.nextInt(5)], r.nextInt(700)));
            }
            stored.add(es);
            effective.add(EvaluationHistory.of(id, es).effective());
        }
    }

    @Benchmark
    public CohortCoverage coverage() {
        List<CoverageMatrix> ms = new ArrayList<>(35);
        for (int s = 0; s < 35; s++) ms.add(CoverageMatrix.of(fw, ids.get(s), effective.get(s), Fixtures.LSL, policy, settings));
        return CohortCoverage.of(fw, settings, ms);
    }

    @Benchmark
    public CohortCoverage historyAndCoverage() {
        List<CoverageMatrix> ms = new ArrayList<>(35);
        for (int s = 0; s < 35; s++) {
            List<Evaluation> eff = EvaluationHistory.of(ids.get(s), stored.get(s)).effective();
            ms.add(CoverageMatrix.of(fw, ids.get(s), eff, Fixtures.LSL, policy, settings));
        }
        return CohortCoverage.of(fw, settings, ms);
    }
}
