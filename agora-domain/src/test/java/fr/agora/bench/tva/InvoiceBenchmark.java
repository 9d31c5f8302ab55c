package fr.agora.bench.tva;

import fr.agora.domain.invoice.InvoiceCalculator;
import fr.agora.domain.invoice.InvoiceComputation;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.invoice.InvoiceRequest;
import fr.agora.domain.invoice.Reduction;
import fr.agora.domain.invoice.ReductionType;
import fr.agora.domain.invoice.VatRounding;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Nature;
import fr.agora.domain.tva.VatRateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Invoice computations per second (target ≥ 200 000/s on one core): a realistic invoice of 5 lines at two rates,
 * two reductions in cascade, an escompte, frais de port and an acompte, with its journal entry. Same-run baseline:
 * building and validating the request alone (what every caller pays before any computation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InvoiceBenchmark {

    static final LocalDate D = LocalDate.of(2026, 3, 15);
    static final List<InvoiceLine> LINES = List.of(
            new InvoiceLine("Chaise", new BigDecimal("20"), Money.of("49.90"), new BigDecimal("20"), Nature.GOODS),
            new InvoiceLine("Table", new BigDecimal("2"), Money.of("349.00"), new BigDecimal("20"), Nature.GOODS),
            new InvoiceLine("Livre", new BigDecimal("15"), Money.of("12.35"), new BigDecimal("5.5"), Nature.GOODS),
            new InvoiceLine("Montage", new BigDecimal("3.5"), Money.of("45.00"), new BigDecimal("20"), Nature.SERVICES),
            new InvoiceLine("Revue", new BigDecimal("4"), Money.of("7.15"), new BigDecimal("5.5"), Nature.GOODS));
    static final List<Reduction> REDUCTIONS = List.of(Reduction.rate(ReductionType.REMISE, "10"),
            Reduction.rate(ReductionType.RABAIS, "2.5"));

    final InvoiceCalculator calc = new InvoiceCalculator(VatRateTable.FRANCE);
    final InvoiceRequest perRate = request(VatRounding.PER_RATE);
    final InvoiceRequest perLine = request(VatRounding.PER_LINE);

    static InvoiceRequest request(VatRounding r) {
        return new InvoiceRequest(D, LINES, REDUCTIONS, new BigDecimal("2"), Money.of("25"), Money.of("100"), r, null);
    }

    @Benchmark
    public InvoiceComputation computePerRate() {
        return calc.compute(perRate);
    }

    @Benchmark
    public InvoiceComputation computePerLine() {
        return calc.compute(perLine);
    }

    /** Baseline: build and validate the request only. */
    @Benchmark
    public InvoiceRequest baselineBuildRequest() {
        return request(VatRounding.PER_RATE);
    }
}
