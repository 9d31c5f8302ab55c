package fr.agora.bench.finance;

import fr.agora.domain.depreciation.DayCount;
import fr.agora.domain.depreciation.DepreciationCalculator;
import fr.agora.domain.depreciation.DepreciationMethod;
import fr.agora.domain.depreciation.DepreciationRequest;
import fr.agora.domain.depreciation.DepreciationSchedule;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 100 000 plans d'amortissement (half linéaire with a prorata, half dégressif; lives 3–12 years, so about 750 000
 * annuities; every third asset with its year-end entry). Target: ≤ 1 s. Baseline in the same run: for the same
 * assets, one long division cost ÷ life per year of the plan (the floor of touching each annuity once).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DepreciationBenchmark {

    static final int ASSETS = 100_000;

    List<DepreciationRequest> requests;
    final DepreciationCalculator calculator = new DepreciationCalculator();

    @Setup
    public void setUp() {
        Random rnd = new Random(42);
        requests = new ArrayList<>(ASSETS);
        for (int i = 0; i < ASSETS; i++) {
            DepreciationMethod m = i % 2 == 0 ? DepreciationMethod.STRAIGHT_LINE : DepreciationMethod.DECLINING_BALANCE;
            requests.add(new DepreciationRequest(m, Money.ofCents(100_000 + rnd.nextInt(100_000_000)), 3 + rnd.nextInt(10),
                    LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000)), null, DayCount.THIRTY_360,
                    i % 3 == 0 ? "2183" : null));
        }
    }

    @Benchmark
    public void schedulesOf100000Assets(Blackhole bh) {
        for (DepreciationRequest r : requests) {
            DepreciationSchedule s = calculator.compute(r);
            bh.consume(s);
        }
    }

    /** Baseline: cost ÷ life once per year of each plan, in long cents. */
    @Benchmark
    public long baselineAnnuitiesOf100000Assets() {
        long sum = 0;
        for (DepreciationRequest r : requests) {
            long cost = r.cost().cents();
            for (int k = 0; k <= r.usefulLifeYears(); k++) {
                sum += cost / r.usefulLifeYears() + k;
            }
        }
        return sum;
    }
}
