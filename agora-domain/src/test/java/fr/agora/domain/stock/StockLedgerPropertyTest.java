package fr.agora.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random fiches: at every row the stock value = opening + Σ receipts − Σ exits (+ Σ revaluations), the
 * quantity never goes below zero, an empty stock is worth nothing (per-receipt CMUP and FIFO), and the totals
 * agree with the rows. The seed is in the test name.
 */
class StockLedgerPropertyTest {

    static List<Long> seeds() {
        List<Long> s = new ArrayList<>();
        for (long i = 1; i <= 60; i++) {
            s.add(i * 7919);
        }
        return s;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_value_is_the_sum_of_the_movements_at_every_row(long seed) {
        Random rnd = new Random(seed);
        ValuationMethod method = ValuationMethod.values()[rnd.nextInt(3)];
        StockRounding rounding = method != ValuationMethod.FIFO && rnd.nextBoolean() ? StockRounding.TEXTBOOK_CMUP
                : StockRounding.CARRIED_VALUE;
        StockOpening opening = new StockOpening(BigDecimal.valueOf(rnd.nextInt(50_000), 3),
                BigDecimal.valueOf(rnd.nextInt(1_000_000), 4));
        List<StockMovement> ms = new ArrayList<>();
        long stock = opening.quantity().movePointRight(3).longValueExact();
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 1 + rnd.nextInt(200); i++) {
            day = day.plusDays(rnd.nextInt(2));
            if (stock > 0 && rnd.nextInt(10) < 5) {
                long q = 1 + (long) (rnd.nextDouble() * stock);
                q = rnd.nextInt(8) == 0 ? stock : q;
                ms.add(new StockMovement(day, MovementType.OUT, BigDecimal.valueOf(q, 3), null));
                stock -= q;
            } else {
                long q = 1 + rnd.nextInt(20_000);
                ms.add(new StockMovement(day, MovementType.IN, BigDecimal.valueOf(q, 3),
                        BigDecimal.valueOf(rnd.nextInt(2_000_000), 4)));
                stock += q;
            }
        }
        StockLedger l = new StockLedgerCalculator().compute(new StockLedgerRequest(method, opening, ms, rounding, false));
        Money value = l.openingValue();
        BigDecimal qty = opening.quantity();
        Money in = Money.ZERO;
        Money out = Money.ZERO;
        for (StockLedgerRow r : l.rows()) {
            if (r.type() == MovementType.IN) {
                value = value.plus(r.amount()).plus(r.revaluation());
                qty = qty.add(r.quantity());
                in = in.plus(r.amount());
            } else {
                value = value.minus(r.amount());
                qty = qty.subtract(r.quantity());
                out = out.plus(r.amount());
            }
            assertThat(r.stockValue()).as("seed %d %s", seed, method).isEqualTo(value);
            assertThat(r.stockQuantity()).isEqualByComparingTo(qty);
            assertThat(qty.signum()).isGreaterThanOrEqualTo(0);
            if (qty.signum() == 0 && method != ValuationMethod.CMUP_PERIOD) {
                assertThat(value.isZero()).as("seed %d: empty stock worth %s", seed, value).isTrue();
            }
        }
        assertThat(l.receipts().value()).isEqualTo(in);
        assertThat(l.exits().value()).isEqualTo(out);
        assertThat(l.closing().value()).isEqualTo(value);
    }
}
