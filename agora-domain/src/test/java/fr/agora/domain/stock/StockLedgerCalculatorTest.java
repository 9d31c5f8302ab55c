package fr.agora.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked fiches de stock: published exercises and Tryton's scenario, every figure recomputed by hand below. */
class StockLedgerCalculatorTest {

    private final StockLedgerCalculator ledger = new StockLedgerCalculator();

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /**
     * Exercise "société Bêta d'Oujda" (coursecoenligne.blogspot.com/2015/12/evaluation-du-stock-exercice-corrige-1.html):
     * SI 100 @ 10; 5/02 exit 50; 13/02 receipt 150 @ 12; 18/02 exit 80; 28/02 receipt 200 @ 13.
     */
    private static List<StockMovement> beta() {
        return List.of(StockMovement.out(d(2, 5), "50"), StockMovement.in(d(2, 13), "150", "12"),
                StockMovement.out(d(2, 18), "80"), StockMovement.in(d(2, 28), "200", "13"));
    }

    @Test
    void cmup_after_each_receipt_matches_the_published_corrige() {
        // 5/02: 50 × 10 = 500 → 50 left, 500
        // 13/02: + 1 800 → 200, 2 300, CMUP 11.50
        // 18/02: 80 × 11.50 = 920 → 120, 1 380
        // 28/02: + 2 600 → 320, 3 980, CMUP 3 980 / 320 = 12.4375 → 12.44 shown (published: 320, 12,44, 3 980)
        StockLedger l = ledger.compute(StockLedgerRequest.of(ValuationMethod.CMUP_PER_RECEIPT, StockOpening.of("100", "10"), beta()));
        assertThat(l.rows()).extracting(r -> r.amount().toString()).containsExactly("500.00", "1800.00", "920.00", "2600.00");
        assertThat(l.rows()).extracting(r -> r.stockValue().toString()).containsExactly("500.00", "2300.00", "1380.00", "3980.00");
        assertThat(l.rows().get(1).averageCost()).isEqualByComparingTo("11.50");
        assertThat(l.exits().value().toString()).isEqualTo("1420.00");
        assertThat(l.closing().quantity()).isEqualByComparingTo("320");
        assertThat(l.closing().value().toString()).isEqualTo("3980.00");
        assertThat(l.closing().averageCost()).isEqualByComparingTo("12.44");
    }

    @Test
    void cmup_of_the_period_matches_the_published_corrige() {
        // (1 000 + 1 800 + 2 600) / (100 + 150 + 200) = 5 400 / 450 = 12; exits 130 × 12 = 1 560; closing 320 × 12 = 3 840
        StockLedger l = ledger.compute(StockLedgerRequest.of(ValuationMethod.CMUP_PERIOD, StockOpening.of("100", "10"), beta()));
        assertThat(l.periodAverageCost()).isEqualByComparingTo("12.00");
        assertThat(l.rows().get(0).amount().toString()).isEqualTo("600.00");
        assertThat(l.rows().get(2).amount().toString()).isEqualTo("960.00");
        assertThat(l.exits().value().toString()).isEqualTo("1560.00");
        assertThat(l.closing().value().toString()).isEqualTo("3840.00");
    }

    @Test
    void fifo_consumes_the_oldest_lot_first_with_one_row_per_lot() {
        // 5/02: 50 of lot A @ 10 = 500; 18/02: 80 = 50 of A (500) + 30 of B @ 12 (360); closing 120 @ 12 + 200 @ 13 = 4 040
        StockLedger l = ledger.compute(StockLedgerRequest.of(ValuationMethod.FIFO, StockOpening.of("100", "10"), beta()));
        assertThat(l.rows()).hasSize(5);
        assertThat(l.rows().get(2).quantity()).isEqualByComparingTo("50");
        assertThat(l.rows().get(2).unitCost()).isEqualByComparingTo("10");
        assertThat(l.rows().get(3).quantity()).isEqualByComparingTo("30");
        assertThat(l.rows().get(3).amount().toString()).isEqualTo("360.00");
        assertThat(l.exits().value().toString()).isEqualTo("1360.00");
        assertThat(l.closing().value().toString()).isEqualTo("4040.00");
    }

    /**
     * Exercise "Les Jardins de Raja" (fr.scribd.com/document/511755665, corrigé évaluation n° 4, CUMP après chaque
     * entrée): SI 3 000 @ 105; exit 1 700; receipt 5 000 @ 108; exits 2 000 and 1 500; receipt 3 000 @ 112.
     */
    @Test
    void textbook_and_carried_value_rounding_differ_only_in_the_exits() {
        List<StockMovement> ms = List.of(StockMovement.out(d(1, 4), "1700"), StockMovement.in(d(1, 12), "5000", "108"),
                StockMovement.out(d(1, 17), "2000"), StockMovement.out(d(1, 20), "1500"),
                StockMovement.in(d(1, 26), "3000", "112"));
        // textbook: 1 700 × 105 = 178 500 → 1 300, 136 500; + 540 000 → 6 300, 676 500, CMUP 107.380952… → 107.38
        // 2 000 × 107.38 = 214 760; 1 500 × 107.38 = 161 070 (the corrigé's figures); the carried value keeps
        // 676 500 − 214 760 − 161 070 = 300 670 (the corrigé shows 2 800 × 107.38 = 300 664: 6 € lost to rounding)
        // then + 336 000 → 5 800, 636 670, CMUP 109.7707 → 109.77 (the corrigé: 636 664 / 5 800 = 109.77 too)
        StockLedger t = ledger.compute(new StockLedgerRequest(ValuationMethod.CMUP_PER_RECEIPT,
                StockOpening.of("3000", "105"), ms, StockRounding.TEXTBOOK_CMUP, false));
        assertThat(t.rows().get(2).unitCost()).isEqualByComparingTo("107.38");
        assertThat(t.rows().get(2).amount().toString()).isEqualTo("214760.00");
        assertThat(t.rows().get(3).amount().toString()).isEqualTo("161070.00");
        assertThat(t.rows().get(3).stockValue().toString()).isEqualTo("300670.00");
        assertThat(t.closing().value().toString()).isEqualTo("636670.00");
        assertThat(t.closing().averageCost()).isEqualByComparingTo("109.77");
        // carried value: 2 000 × 676 500 / 6 300 = 214 761.904… → 214 761.90; stock 461 738.10;
        // 1 500 × 461 738.10 / 4 300 = 161 071.430… → 161 071.43; stock 300 666.67; + 336 000 = 636 666.67
        StockLedger c = ledger.compute(new StockLedgerRequest(ValuationMethod.CMUP_PER_RECEIPT,
                StockOpening.of("3000", "105"), ms, StockRounding.CARRIED_VALUE, false));
        assertThat(c.rows().get(2).amount().toString()).isEqualTo("214761.90");
        assertThat(c.rows().get(2).unitCost()).isEqualByComparingTo("107.38");
        assertThat(c.rows().get(3).amount().toString()).isEqualTo("161071.43");
        assertThat(c.closing().value().toString()).isEqualTo("636666.67");
        assertThat(c.closing().averageCost()).isEqualByComparingTo("109.77");
        assertThat(c.roundingPolicy()).contains("CARRIED_VALUE");
    }

    /** tryton/tryton modules/stock/tests/scenario_stock_average_cost_price.rst: 1 @ 100 → 100; +1 @ 200 → 150; +2 @ 200 → 175. */
    @Test
    void tryton_average_cost_scenario() {
        StockLedger l = ledger.compute(StockLedgerRequest.of(ValuationMethod.CMUP_PER_RECEIPT, StockOpening.EMPTY,
                List.of(StockMovement.in(d(3, 1), "1", "100"), StockMovement.in(d(3, 1), "1", "200"),
                        StockMovement.in(d(3, 1), "1", "200"), StockMovement.in(d(3, 1), "1", "200"))));
        assertThat(l.rows().get(0).averageCost()).isEqualByComparingTo("100");
        assertThat(l.rows().get(1).averageCost()).isEqualByComparingTo("150");
        // Tryton receives the last two together: (2 × 150 + 400) / 4 = 175; one by one: 500 / 3, then 700 / 4 = 175
        assertThat(l.closing().averageCost()).isEqualByComparingTo("175");
        assertThat(l.closing().value().toString()).isEqualTo("700.00");
    }

    /**
     * Same scenario, "Negative Product" (cost price 5): two exits from an empty stock stay at 5; a receipt of 1 @ 3
     * on −2 sets the cost to 3; a receipt of 2 @ 2 on −1 sets it to 2.
     */
    @Test
    void tryton_negative_stock_takes_the_last_receipt_price() {
        StockLedger l = ledger.compute(new StockLedgerRequest(ValuationMethod.CMUP_PER_RECEIPT, StockOpening.of("0", "5"),
                List.of(StockMovement.out(d(3, 1), "1"), StockMovement.out(d(3, 1), "1"),
                        StockMovement.in(d(3, 2), "1", "3"), StockMovement.in(d(3, 3), "2", "2")),
                StockRounding.CARRIED_VALUE, true));
        // exits: 1 × 5 each → stock −2, −10
        assertThat(l.rows().get(1).stockValue().toString()).isEqualTo("-10.00");
        assertThat(l.rows().get(1).unitCost()).isEqualByComparingTo("5");
        // 1 @ 3 on −2: stock −1 valued −1 × 3 = −3; carried −10 + 3 = −7, revaluation +4
        assertThat(l.rows().get(2).stockValue().toString()).isEqualTo("-3.00");
        assertThat(l.rows().get(2).revaluation().toString()).isEqualTo("4.00");
        // 2 @ 2 on −1: stock 1 valued 2; carried −3 + 4 = 1, revaluation +1
        assertThat(l.closing().averageCost()).isEqualByComparingTo("2");
        assertThat(l.closing().value().toString()).isEqualTo("2.00");
        assertThat(l.rows().get(3).revaluation().toString()).isEqualTo("1.00");
    }

    @Test
    void an_exit_beyond_the_stock_is_refused_naming_the_movement() {
        assertThatThrownBy(() -> ledger.compute(StockLedgerRequest.of(ValuationMethod.FIFO, StockOpening.of("10", "2"),
                List.of(StockMovement.out(d(1, 2), "4"), StockMovement.out(d(1, 3), "7")))))
                .isInstanceOf(InsufficientStockException.class)
                .hasFieldOrPropertyWithValue("field", "movements[1].quantity")
                .satisfies(e -> assertThat(((InsufficientStockException) e).details()).containsEntry("available", "6"));
    }

    @Test
    void the_last_exit_takes_the_value_left_so_an_empty_stock_is_worth_zero() {
        // 3 @ 3.3333 = 9.9999 → 10.00, three exits of 1:
        // carried: 10.00 × 1/3 = 3.333 → 3.33 (6.67 left); 6.67 × 1/2 = 3.335 → 3.34 (3.33 left); last takes 3.33
        StockLedger l = ledger.compute(StockLedgerRequest.of(ValuationMethod.CMUP_PER_RECEIPT, StockOpening.of("3", "3.3333"),
                List.of(StockMovement.out(d(1, 2), "1"), StockMovement.out(d(1, 3), "1"), StockMovement.out(d(1, 4), "1"))));
        assertThat(l.rows()).extracting(r -> r.amount().toString()).containsExactly("3.33", "3.34", "3.33");
        assertThat(l.closing().value().toString()).isEqualTo("0.00");
        assertThat(l.closing().averageCost()).isNull();
    }

    @Test
    void fractional_quantities_and_bad_input_name_their_field() {
        StockLedger l = ledger.compute(StockLedgerRequest.of(ValuationMethod.CMUP_PER_RECEIPT, StockOpening.EMPTY,
                List.of(StockMovement.in(d(1, 2), "2.5", "4.10"), StockMovement.out(d(1, 3), "0.125"))));
        // 2.5 × 4.10 = 10.25; exit 10.25 × 0.125 / 2.5 = 0.5125 → 0.51
        assertThat(l.rows().get(1).amount().toString()).isEqualTo("0.51");
        assertThat(l.closing().quantity()).isEqualByComparingTo("2.375");
        assertThatThrownBy(() -> new StockLedgerRequest(ValuationMethod.FIFO, null,
                List.of(StockMovement.in(d(1, 3), "1", "1"), StockMovement.in(d(1, 2), "1", "1")), null, false))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "movements[1].date");
        assertThatThrownBy(() -> new StockMovement(d(1, 1), MovementType.IN, new BigDecimal("1.0001"), BigDecimal.ONE))
                .hasFieldOrPropertyWithValue("field", "quantity");
        assertThatThrownBy(() -> new StockLedgerRequest(ValuationMethod.FIFO, null, List.of(), null, true))
                .hasFieldOrPropertyWithValue("field", "allowNegativeStock");
    }
}
