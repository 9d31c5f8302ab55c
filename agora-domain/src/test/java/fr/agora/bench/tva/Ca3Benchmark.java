package fr.agora.bench.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Ca3Calculator;
import fr.agora.domain.tva.Ca3Return;
import fr.agora.domain.tva.Nature;
import fr.agora.domain.tva.Operation;
import fr.agora.domain.tva.OperationKind;
import fr.agora.domain.tva.VatRateTable;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A CA3 return from 1 000 000 invoice lines (250 000 operations of 4 lines: 70 % sales of goods, 10 % services paid
 * in two instalments, 15 % purchases, 3 % credit notes, 2 % intra-EU acquisitions, over two months, four rates).
 * Target: ≤ 1 s on one core. Baseline in the same run: a plain loop over the same lines summing base × rate in
 * long cents (the floor any implementation pays to touch every line).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Ca3Benchmark {

    static final int OPERATIONS = 250_000;
    static final int LINES_PER_OPERATION = 4;

    List<Operation> operations;
    final Ca3Calculator ca3 = new Ca3Calculator(VatRateTable.FRANCE);
    final LocalDate from = LocalDate.of(2026, 1, 1);
    final LocalDate to = LocalDate.of(2026, 1, 31);

    @Setup
    public void setUp() {
        Random rnd = new Random(42);
        String[] rates = {"20", "20", "20", "10", "5.5", "2.1"};
        operations = new ArrayList<>(OPERATIONS);
        for (int k = 0; k < OPERATIONS; k++) {
            LocalDate d = from.plusDays(rnd.nextInt(59));
            List<Operation.Line> lines = new ArrayList<>(LINES_PER_OPERATION);
            for (int i = 0; i < LINES_PER_OPERATION; i++) {
                lines.add(new Operation.Line(Money.ofCents(1 + rnd.nextInt(500_000)), new BigDecimal(rates[rnd.nextInt(rates.length)])));
            }
            int p = rnd.nextInt(100);
            Operation op;
            if (p < 70) {
                op = new Operation(OperationKind.SALE, Nature.GOODS, false, false, d, d, List.of(), lines);
            } else if (p < 80) {
                op = new Operation(OperationKind.SALE, Nature.SERVICES, false, false, d, null,
                        List.of(new Operation.Payment(d.plusDays(5), Money.ofCents(300_000)),
                                new Operation.Payment(d.plusDays(35), Money.ofCents(3_000_000))), lines);
            } else if (p < 95) {
                op = new Operation(OperationKind.PURCHASE, Nature.GOODS, p == 94, false, d, d, List.of(), lines);
            } else if (p < 98) {
                op = new Operation(p < 97 ? OperationKind.SALE_CREDIT_NOTE : OperationKind.PURCHASE_CREDIT_NOTE,
                        Nature.GOODS, false, false, d, d, List.of(), lines);
            } else {
                op = new Operation(OperationKind.INTRA_EU_ACQUISITION, Nature.GOODS, false, false, d, d, List.of(), lines);
            }
            operations.add(op);
        }
    }

    @Benchmark
    public Ca3Return ca3From1MillionLines() {
        return ca3.compute(from, to, Money.of("1234"), null, operations);
    }

    /** Baseline: touch every line once, base × rate in long cents, no rule at all. */
    @Benchmark
    public long baselineSumOf1MillionLines() {
        long sum = 0;
        for (Operation op : operations) {
            for (Operation.Line l : op.lines()) {
                sum += l.base().cents() * l.vatRate().movePointRight(2).longValue() / 10_000;
            }
        }
        return sum;
    }
}
