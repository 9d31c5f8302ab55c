package fr.agora.bench.finance;

import fr.agora.domain.stock.MovementType;
import fr.agora.domain.stock.StockLedger;
import fr.agora.domain.stock.StockLedgerCalculator;
import fr.agora.domain.stock.StockLedgerRequest;
import fr.agora.domain.stock.StockMovement;
import fr.agora.domain.stock.StockOpening;
import fr.agora.domain.stock.StockRounding;
import fr.agora.domain.stock.ValuationMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A fiche de stock of 1 000 000 movements (about half receipts with 4-decimal unit costs, half exits, quantities to
 * 3 decimals, over ~3 years), valued by each method. Target: ≤ 0.5 s. Baseline in the same run: a plain loop over
 * the same movements summing quantity × unit cost from their BigDecimals into a long (the floor any implementation
 * pays to read every movement once).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StockLedgerBenchmark {

    static final int MOVEMENTS = 1_000_000;

    @Param({"CMUP_PER_RECEIPT", "CMUP_PERIOD", "FIFO"})
    public String method;

    StockLedgerRequest request;
    final StockLedgerCalculator calculator = new StockLedgerCalculator();

    @Setup
    public void setUp() {
        Random rnd = new Random(42);
        List<StockMovement> ms = new ArrayList<>(MOVEMENTS);
        LocalDate day = LocalDate.of(2024, 1, 1);
        long stock = 1_000_000; // thousandths
        for (int i = 0; i < MOVEMENTS; i++) {
            if (i % 1000 == 999) {
                day = day.plusDays(1);
            }
            if (stock > 0 && rnd.nextBoolean()) {
                long q = 1 + (long) (rnd.nextDouble() * Math.min(stock, 50_000));
                ms.add(new StockMovement(day, MovementType.OUT, BigDecimal.valueOf(q, 3), null));
                stock -= q;
            } else {
                long q = 1 + rnd.nextInt(60_000);
                ms.add(new StockMovement(day, MovementType.IN, BigDecimal.valueOf(q, 3),
                        BigDecimal.valueOf(10_000 + rnd.nextInt(2_000_000), 4)));
                stock += q;
            }
        }
        request = new StockLedgerRequest(ValuationMethod.valueOf(method), StockOpening.of("1000", "12.5"), ms,
                StockRounding.CARRIED_VALUE, false);
    }

    @Benchmark
    public StockLedger ledgerOf1MillionMovements() {
        return calculator.compute(request);
    }

    /** Baseline: read every movement once, quantity × unit cost in long, no rule at all. */
    @Benchmark
    public long baselineSumOf1MillionMovements() {
        long sum = 0;
        for (StockMovement m : request.movements()) {
            long q = m.quantity().unscaledValue().longValue();
            sum += m.unitCost() == null ? -q : q * m.unitCost().unscaledValue().longValue();
        }
        return sum;
    }
}
