package fr.agora.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: fiches de stock recomputed by hand (../shared/RULES-REFERENCE.md §7; PCG art. 213-34: CMUP or FIFO).
 */
class StockHandCheckedTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 9);
    private static final LocalDate D3 = LocalDate.of(2026, 3, 16);
    private static final LocalDate D4 = LocalDate.of(2026, 3, 23);

    private final StockLedgerCalculator calc = new StockLedgerCalculator();

    private static String[] amounts(StockLedger l) {
        return l.rows().stream().map(r -> r.amount().toString()).toArray(String[]::new);
    }

    @Test
    void fifo_exit_spanning_three_lots() {
        // lots: 10 × 5.00 = 50.00 (opening), 20 × 5.50 = 110.00, 30 × 6.00 = 180.00
        // exit 45 = 10 × 5.00 + 20 × 5.50 + 15 × 6.00 = 50 + 110 + 90 = 250.00; closing 15 × 6.00 = 90.00
        StockLedger l = calc.compute(StockLedgerRequest.of(ValuationMethod.FIFO, StockOpening.of("10", "5.00"), List.of(
                StockMovement.in(D1, "20", "5.50"), StockMovement.in(D2, "30", "6.00"), StockMovement.out(D3, "45"))));
        assertThat(amounts(l)).containsExactly("110.00", "180.00", "50.00", "110.00", "90.00");
        assertThat(l.exits().value()).isEqualTo(Money.of("250.00"));
        assertThat(l.closing().value()).isEqualTo(Money.of("90.00"));
        assertThat(l.closing().quantity()).isEqualByComparingTo("15");
    }

    @Test
    void fifo_lot_with_an_inexact_unit_cost_keeps_its_value() {
        // 3 × 3.3333 = 9.9999 → 10.00 at the cent; exits of 1: 3.3333 → 3.33, 3.33, then the lot's value left 3.34
        StockLedger l = calc.compute(StockLedgerRequest.of(ValuationMethod.FIFO, StockOpening.EMPTY, List.of(
                StockMovement.in(D1, "3", "3.3333"), StockMovement.out(D2, "1"), StockMovement.out(D3, "1"),
                StockMovement.out(D4, "1"))));
        assertThat(amounts(l)).containsExactly("10.00", "3.33", "3.33", "3.34");
        assertThat(l.closing().value()).isEqualTo(Money.ZERO);
    }

    @Test
    void cmup_receipt_on_an_empty_stock_starts_a_new_average() {
        // 100 × 2.00 = 200.00, all out (200.00); stock 0 → 50 × 3.00 = 150.00, CMUP 150/50 = 3.00 (no trace of 2.00)
        // out 20 × 3.00 = 60.00; closing 30, 90.00, average 3.00
        StockLedger l = calc.compute(StockLedgerRequest.of(ValuationMethod.CMUP_PER_RECEIPT, StockOpening.EMPTY, List.of(
                StockMovement.in(D1, "100", "2.00"), StockMovement.out(D2, "100"), StockMovement.in(D3, "50", "3.00"),
                StockMovement.out(D4, "20"))));
        assertThat(amounts(l)).containsExactly("200.00", "200.00", "150.00", "60.00");
        assertThat(l.closing().value()).isEqualTo(Money.of("90.00"));
        assertThat(l.closing().averageCost()).isEqualByComparingTo("3.00");
    }

    @Test
    void cmup_per_receipt_with_a_repeating_average() {
        // 3 × 10.00 + 4 × 12.50 = 30 + 50 = 80.00 for 7: CMUP 11.428571…
        // carried value: out 2 → 80 × 2/7 = 22.857… → 22.86; left 5, 57.14; out 5 → 57.14 (what is left)
        // textbook: CMUP 11.43 × 2 = 22.86 as well; the last exit takes 57.14
        List<StockMovement> ms = List.of(StockMovement.in(D1, "3", "10.00"), StockMovement.in(D2, "4", "12.50"),
                StockMovement.out(D3, "2"), StockMovement.out(D4, "5"));
        StockLedger carried = calc.compute(StockLedgerRequest.of(ValuationMethod.CMUP_PER_RECEIPT, StockOpening.EMPTY, ms));
        assertThat(amounts(carried)).containsExactly("30.00", "50.00", "22.86", "57.14");
        StockLedger textbook = calc.compute(new StockLedgerRequest(ValuationMethod.CMUP_PER_RECEIPT, StockOpening.EMPTY, ms,
                StockRounding.TEXTBOOK_CMUP, false));
        assertThat(amounts(textbook)).containsExactly("30.00", "50.00", "22.86", "57.14");
        assertThat(textbook.rows().get(2).unitCost()).isEqualByComparingTo("11.43");
    }

    @Test
    void cmup_of_the_period() {
        // (10 × 4.00 + 20 × 4.60 + 10 × 5.20) ÷ 40 = (40 + 92 + 52) ÷ 40 = 184 ÷ 40 = 4.60
        // exits 15 × 4.60 = 69.00 and 10 × 4.60 = 46.00; closing 15 × 4.60 = 69.00
        StockLedger l = calc.compute(StockLedgerRequest.of(ValuationMethod.CMUP_PERIOD, StockOpening.of("10", "4.00"),
                List.of(StockMovement.in(D1, "20", "4.60"), StockMovement.out(D2, "15"), StockMovement.in(D3, "10", "5.20"),
                        StockMovement.out(D4, "10"))));
        assertThat(l.periodAverageCost()).isEqualByComparingTo("4.60");
        assertThat(amounts(l)).containsExactly("92.00", "69.00", "52.00", "46.00");
        assertThat(l.closing().value()).isEqualTo(Money.of("69.00"));
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void reorder_point_at_its_boundary_and_wilson() {
        // point de commande = 40 × 7 + 120 = 400; available 400 → order (≤); 401 → not yet
        Replenishment.Result at = Replenishment.compute(new Replenishment.Request(bd("40"), bd("7"), bd("120"), bd("400"),
                null, null, null, null, null, null));
        assertThat(at.reorderPoint()).isEqualByComparingTo("400");
        assertThat(at.shouldOrder()).isTrue();
        assertThat(Replenishment.compute(new Replenishment.Request(bd("40"), bd("7"), bd("120"), bd("401"), null, null,
                null, null, null, null)).shouldOrder()).isFalse();
        // Wilson: Q* = √(2 × 12 000 × 150 ÷ (20 × 10 %)) = √1 800 000 = 1 341.64; 1 342 units; 12 000 ÷ 1 341.64 = 8.94
        Replenishment.Result w = Replenishment.compute(new Replenishment.Request(bd("40"), bd("7"), bd("120"), bd("1000"),
                bd("300"), bd("50"), bd("12000"), bd("150"), bd("10"), bd("20")));
        assertThat(w.availableStock()).isEqualByComparingTo("1250");
        assertThat(w.economicOrderQuantity()).isEqualByComparingTo("1341.64");
        assertThat(w.economicOrderUnits()).isEqualByComparingTo("1342");
        assertThat(w.ordersPerYear()).isEqualByComparingTo("8.94");
    }
}
