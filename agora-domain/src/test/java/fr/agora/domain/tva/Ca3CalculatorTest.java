package fr.agora.domain.tva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * CA3 worked examples. Figures computed by hand in the comments; the line logic follows the OCA
 * l10n_fr_account_vat_return tests (test_vat_return_on_invoice, _negative: no negative rate line, 21/B5 and 15).
 */
class Ca3CalculatorTest {

    final Ca3Calculator ca3 = new Ca3Calculator(VatRateTable.FRANCE);
    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JAN31 = LocalDate.of(2026, 1, 31);

    static Operation op(OperationKind k, Nature n, String date, String base, String rate) {
        LocalDate d = LocalDate.parse(date);
        return Operation.of(k, n, d, d, List.of(new Operation.Line(base, rate)));
    }

    static Operation fixedAsset(String date, String base, String rate) {
        LocalDate d = LocalDate.parse(date);
        return new Operation(OperationKind.PURCHASE, Nature.GOODS, true, false, d, d, List.of(),
                List.of(new Operation.Line(base, rate)));
    }

    Ca3Return month(int m, Money previousCredit, Money refund, List<Operation> ops) {
        LocalDate from = LocalDate.of(2026, m, 1);
        return ca3.compute(from, from.withDayOfMonth(from.lengthOfMonth()), previousCredit, refund, ops);
    }

    @Test
    void a_plain_month_with_tva_due() {
        // sales: 10 000 @20 % → 2 000; 1 000 @5.5 % → 55; purchases: goods 4 000 @20 % → 800; fixed asset 2 000 → 400
        // A1 = 11 000; 08 = 10 000 / 2 000; 09 = 1 000 / 55; 16 = 2 055; 19 = 400; 20 = 800; 23 = 1 200
        // TD = 2 055 − 1 200 = 855 = 28 = 32; exact net 855.00 → no rounding difference
        var r = month(1, null, null, List.of(
                op(OperationKind.SALE, Nature.GOODS, "2026-01-10", "10000", "20"),
                op(OperationKind.SALE, Nature.GOODS, "2026-01-12", "1000", "5.5"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-01-05", "4000", "20"),
                fixedAsset("2026-01-20", "2000", "20"),
                op(OperationKind.SALE, Nature.GOODS, "2026-02-01", "999", "20"))); // next month: ignored
        assertThat(r.euros("A1")).isEqualTo(11_000);
        assertThat(r.baseEuros("08")).isEqualTo(10_000);
        assertThat(r.euros("08")).isEqualTo(2_000);
        assertThat(r.euros("09")).isEqualTo(55);
        assertThat(r.euros("16")).isEqualTo(2_055);
        assertThat(r.euros("19")).isEqualTo(400);
        assertThat(r.euros("20")).isEqualTo(800);
        assertThat(r.euros("23")).isEqualTo(1_200);
        assertThat(r.euros("TD")).isEqualTo(855);
        assertThat(r.euros("28")).isEqualTo(855);
        assertThat(r.euros("32")).isEqualTo(855);
        assertThat(r.vatDue()).isEqualTo(Money.of("855"));
        assertThat(r.roundingDifference()).isEqualTo(Money.ZERO);
        assertThat(r.roundingAccount()).isNull();
        assertThat(r.boxes()).doesNotContainKeys("25", "27");
    }

    @Test
    void boxes_round_to_the_euro_half_up_and_the_difference_goes_to_758_or_658() {
        // sale 100.50 @10 %: tax 10.05; sale 1 234.56 @20 %: tax 246.912 → 246.91; purchase 333.33 @20 %: 66.666 → 66.67
        // A1 = 1 335.06 → 1 335; 9B base 100.50 → 101 (HALF_EVEN would give 100), tax 10.05 → 10
        // 08 base 1 234.56 → 1 235, tax 246.91 → 247; 16 = 10 + 247 = 257; 20 = 67; 23 = 67; TD = 190
        // exact net = 10.05 + 246.91 − 66.67 = 190.29; declared 190 → difference −0.29 → 758 (produit)
        var r = month(1, null, null, List.of(
                op(OperationKind.SALE, Nature.GOODS, "2026-01-03", "100.50", "10"),
                op(OperationKind.SALE, Nature.GOODS, "2026-01-03", "1234.56", "20"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-01-04", "333.33", "20")));
        assertThat(r.euros("A1")).isEqualTo(1_335);
        assertThat(r.baseEuros("9B")).isEqualTo(101);
        assertThat(r.euros("9B")).isEqualTo(10);
        assertThat(r.euros("08")).isEqualTo(247);
        assertThat(r.euros("16")).isEqualTo(257);
        assertThat(r.euros("20")).isEqualTo(67);
        assertThat(r.euros("TD")).isEqualTo(190);
        assertThat(r.exactNetVat()).isEqualTo(Money.of("190.29"));
        assertThat(r.roundingDifference()).isEqualTo(Money.of("0.29"));
        assertThat(r.roundingAccount()).isEqualTo("758");
        // 2.1 % tie: 5.00 × 2.1 % = 0.105 → 0.11 per line; 100 such lines → 11.00 (per line) → T6 = 11, base 500
        List<Operation> ties = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ties.add(op(OperationKind.SALE, Nature.GOODS, "2026-01-05", "5.00", "2.1"));
        }
        var t = month(1, null, null, ties);
        assertThat(t.baseEuros("T6")).isEqualTo(500);
        assertThat(t.euros("T6")).isEqualTo(11);
        // exact 11.00 vs declared 11: no difference; a payable rounded up gives 658:
        // sale 2.50 @20 % = 0.50 → box 1 €; exact 0.50 → declared 1 − 0.50 = +0.50 → 658 (charge)
        var up = month(1, null, null, List.of(op(OperationKind.SALE, Nature.GOODS, "2026-01-05", "2.50", "20")));
        assertThat(up.euros("TD")).isEqualTo(1);
        assertThat(up.roundingDifference()).isEqualTo(Money.of("0.50"));
        assertThat(up.roundingAccount()).isEqualTo("658");
    }

    @Test
    void the_oca_rounding_example_51_50_becomes_52() {
        // OCA l10n_fr_account_vat_return test (RULES-REFERENCE §1.7): 1 000 × 5.15 % = 51.50 → box 52 (half up);
        // the 0.50 declared above the books goes to 658. 5.15 % is a test-only rate, in a table of its own.
        var table = new VatRateTable(List.of(new VatRate("TEST", new BigDecimal("5.15"), JAN1, null, "09",
                "test rate", "OCA test_fr_account_vat_return")));
        var r = new Ca3Calculator(table).compute(JAN1, JAN31, null, null,
                List.of(op(OperationKind.SALE, Nature.GOODS, "2026-01-10", "1000", "5.15")));
        assertThat(r.euros("09")).isEqualTo(52);
        assertThat(r.euros("TD")).isEqualTo(52);
        assertThat(r.exactNetVat()).isEqualTo(Money.of("51.50"));
        assertThat(r.roundingDifference()).isEqualTo(Money.of("0.50"));
        assertThat(r.roundingAccount()).isEqualTo("658");
    }

    @Test
    void a_credit_carried_over_two_months() {
        // January: sales 1 000 @20 % → 200; purchases 5 000 @20 % → 1 000 → 16 = 200, 23 = 1 000, 25 = 800, 27 = 800
        var jan = month(1, null, null, List.of(
                op(OperationKind.SALE, Nature.GOODS, "2026-01-10", "1000", "20"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-01-11", "5000", "20")));
        assertThat(jan.euros("25")).isEqualTo(800);
        assertThat(jan.euros("27")).isEqualTo(800);
        assertThat(jan.boxes()).doesNotContainKey("TD");
        // February: 22 = 800 (January's 27); sales 2 000 → 400; purchases 500 → 100
        // 16 = 400; 23 = 100 + 800 = 900; 25 = 500; 27 = 500
        var feb = month(2, jan.creditCarriedForward(), null, List.of(
                op(OperationKind.SALE, Nature.GOODS, "2026-02-10", "2000", "20"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-02-11", "500", "20")));
        assertThat(feb.euros("22")).isEqualTo(800);
        assertThat(feb.euros("23")).isEqualTo(900);
        assertThat(feb.euros("25")).isEqualTo(500);
        assertThat(feb.euros("27")).isEqualTo(500);
        // March: 22 = 500; sales 5 000 → 1 000; purchases 1 000 → 200; 23 = 700; TD = 1 000 − 700 = 300
        var mar = month(3, feb.creditCarriedForward(), null, List.of(
                op(OperationKind.SALE, Nature.GOODS, "2026-03-10", "5000", "20"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-03-11", "1000", "20")));
        assertThat(mar.euros("22")).isEqualTo(500);
        assertThat(mar.euros("TD")).isEqualTo(300);
        assertThat(mar.vatDue()).isEqualTo(Money.of("300"));
        assertThat(mar.creditCarriedForward()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_refund_requested_on_line_26() {
        // credit 800 (as January above); refund 760 → 26 = 760; 27 = 800 − 760 = 40
        List<Operation> ops = List.of(op(OperationKind.SALE, Nature.GOODS, "2026-01-10", "1000", "20"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-01-11", "5000", "20"));
        var r = month(1, null, Money.of("760"), ops);
        assertThat(r.euros("26")).isEqualTo(760);
        assertThat(r.euros("27")).isEqualTo(40);
        assertThatThrownBy(() -> month(1, null, Money.of("801"), ops)).hasFieldOrPropertyWithValue("field", "refundRequested");
    }

    @Test
    void an_intra_eu_acquisition_is_self_assessed_net_zero() {
        // goods bought in Germany 10 000 HT, delivered 2026-01-05, invoiced 2026-01-10 → exigible 2026-01-10
        // (the earlier of the invoice date and the 15th of the next month)
        // B2 = 10 000; 08 = 10 000 / 2 000; 17 = 2 000; 20 = 2 000; 16 = 2 000; 23 = 2 000; TD = 0
        var acq = new Operation(OperationKind.INTRA_EU_ACQUISITION, Nature.GOODS, false, false,
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 5), List.of(), List.of(new Operation.Line("10000", "20")));
        var r = month(1, null, null, List.of(acq));
        assertThat(r.euros("B2")).isEqualTo(10_000);
        assertThat(r.baseEuros("08")).isEqualTo(10_000);
        assertThat(r.euros("08")).isEqualTo(2_000);
        assertThat(r.euros("17")).isEqualTo(2_000);
        assertThat(r.euros("20")).isEqualTo(2_000);
        assertThat(r.euros("16")).isEqualTo(r.euros("23"));
        assertThat(r.euros("TD")).isZero();
        assertThat(r.boxes()).doesNotContainKey("A1");
        // delivered 2026-01-20 and invoiced only 2026-03-01 → exigible 2026-02-15: nothing in January
        var late = new Operation(OperationKind.INTRA_EU_ACQUISITION, Nature.GOODS, false, false,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 20), List.of(), List.of(new Operation.Line("10000", "20")));
        assertThat(month(1, null, null, List.of(late)).boxes()).doesNotContainKey("B2");
        assertThat(month(2, null, null, List.of(late)).euros("B2")).isEqualTo(10_000);
    }

    @Test
    void credit_notes_exceeding_invoices_never_make_a_rate_line_negative() {
        // sales 1 000 @20 % (200); sales credit note 3 000 @20 % (600) → net 08: base −2 000, tax −400
        // → 08 left out; B5 = 2 000; 21 = 400; A1 = 0. Purchases 500 @20 % → 20 = 100
        // 16 = 0; 23 = 400 + 100 = 500; 25 = 500; 27 = 500; exact net −400 − 100 = −500 → no difference
        var r = month(1, null, null, List.of(
                op(OperationKind.SALE, Nature.GOODS, "2026-01-10", "1000", "20"),
                op(OperationKind.SALE_CREDIT_NOTE, Nature.GOODS, "2026-01-15", "3000", "20"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-01-11", "500", "20")));
        assertThat(r.boxes()).doesNotContainKeys("08", "A1");
        assertThat(r.euros("B5")).isEqualTo(2_000);
        assertThat(r.euros("21")).isEqualTo(400);
        assertThat(r.euros("16")).isZero();
        assertThat(r.euros("23")).isEqualTo(500);
        assertThat(r.euros("25")).isEqualTo(500);
        assertThat(r.euros("27")).isEqualTo(500);
        assertThat(r.roundingDifference()).isEqualTo(Money.ZERO);
        // supplier credit notes above purchases: purchase 200 (40), credit note 1 000 (200) → −160 → line 15 = 160
        // 16 = 15 = 160; 23 = 0; TD = 160
        var p = month(1, null, null, List.of(
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-01-10", "200", "20"),
                op(OperationKind.PURCHASE_CREDIT_NOTE, Nature.GOODS, "2026-01-15", "1000", "20")));
        assertThat(p.euros("15")).isEqualTo(160);
        assertThat(p.boxes()).doesNotContainKey("20");
        assertThat(p.euros("16")).isEqualTo(160);
        assertThat(p.euros("TD")).isEqualTo(160);
    }

    @Test
    void services_on_receipts_and_goods_acomptes() {
        // services 1 000 HT @20 % = 1 200 TTC invoiced 2026-01-20, paid 600 on 02-10 and 600 on 03-05
        // January: nothing; February: 600/1 200 → base 500, tax 100; March: the rest, 500 / 100
        var svc = new Operation(OperationKind.SALE, Nature.SERVICES, false, false, LocalDate.of(2026, 1, 20), null,
                List.of(new Operation.Payment(LocalDate.of(2026, 2, 10), Money.of("600")),
                        new Operation.Payment(LocalDate.of(2026, 3, 5), Money.of("600"))),
                List.of(new Operation.Line("1000", "20")));
        assertThat(month(1, null, null, List.of(svc)).boxes()).doesNotContainKey("08");
        assertThat(month(2, null, null, List.of(svc)).euros("08")).isEqualTo(100);
        assertThat(month(2, null, null, List.of(svc)).baseEuros("08")).isEqualTo(500);
        assertThat(month(3, null, null, List.of(svc)).euros("08")).isEqualTo(100);
        // option pour les débits: all due at invoicing (January)
        var debits = new Operation(OperationKind.SALE, Nature.SERVICES, false, true, LocalDate.of(2026, 1, 20), null,
                svc.payments(), svc.lines());
        assertThat(month(1, null, null, List.of(debits)).euros("08")).isEqualTo(200);
        // goods 1 000 @20 % delivered 03-01; acompte 240 TTC received 01-15 → January: 240/1 200 → base 200, tax 40;
        // March: base 800, tax 160
        var goods = new Operation(OperationKind.SALE, Nature.GOODS, false, false, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1), List.of(new Operation.Payment(LocalDate.of(2026, 1, 15), Money.of("240"))),
                List.of(new Operation.Line("1000", "20")));
        assertThat(month(1, null, null, List.of(goods)).euros("08")).isEqualTo(40);
        assertThat(month(1, null, null, List.of(goods)).baseEuros("08")).isEqualTo(200);
        assertThat(month(3, null, null, List.of(goods)).euros("08")).isEqualTo(160);
        // per month: January 40 + 0, February 100, March 100 + 160 = 260
        var months = new Exigibility(VatRateTable.FRANCE).duePerMonth(List.of(svc, goods));
        assertThat(months).extracting(m -> m.month().getMonthValue() + ":" + m.net())
                .containsExactly("1:40.00", "2:100.00", "3:260.00");
    }

    @Test
    void a_partial_payment_at_10_percent_rounds_its_share_half_up() {
        // 1.05 HT @10 % → tax 0.11, TTC 1.16; a payment of 0.58 covers half: base 0.525 → 0.53, tax 0.055 → 0.06
        // the second half gets the remainder: 0.52 / 0.05 (the parts add up to 1.05 / 0.11)
        var ex = new Exigibility(VatRateTable.FRANCE);
        var svc = new Operation(OperationKind.SALE, Nature.SERVICES, false, false, LocalDate.of(2026, 1, 2), null,
                List.of(new Operation.Payment(LocalDate.of(2026, 1, 3), Money.of("0.58")),
                        new Operation.Payment(LocalDate.of(2026, 2, 3), Money.of("0.58"))),
                List.of(new Operation.Line("1.05", "10")));
        var events = ex.events(svc, ex.resolve(svc, "op"));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).baseCents()).containsExactly(53);
        assertThat(events.get(0).taxCents()).containsExactly(6);
        assertThat(events.get(1).baseCents()).containsExactly(52);
        assertThat(events.get(1).taxCents()).containsExactly(5);
    }

    @Test
    void bad_operations_name_their_field() {
        assertThatThrownBy(() -> month(1, null, null, List.of(op(OperationKind.SALE, Nature.GOODS, "2026-01-10", "10", "19"))))
                .hasFieldOrPropertyWithValue("field", "operations[0].lines[0].vatRate");
        assertThatThrownBy(() -> ca3.compute(JAN31, JAN1, null, null, List.of()))
                .hasFieldOrPropertyWithValue("field", "period.to");
        // an empty period: everything zero, TD = 0
        var empty = ca3.compute(JAN1, JAN31, null, null, List.of());
        assertThat(empty.euros("16")).isZero();
        assertThat(empty.euros("TD")).isZero();
    }

    /** Property: the exigible parts of an operation add up exactly to its lines once it is fully due or paid. */
    @Test
    void property_exigible_parts_add_up_to_the_lines() {
        var ex = new Exigibility(VatRateTable.FRANCE);
        String[] rates = {"20", "10", "5.5", "2.1"};
        for (long seed = 1; seed <= 500; seed++) {
            Random rnd = new Random(seed);
            List<Operation.Line> ls = new ArrayList<>();
            for (int j = 1 + rnd.nextInt(4); j > 0; j--) {
                ls.add(new Operation.Line(Money.ofCents(rnd.nextInt(1_000_000)), new BigDecimal(rates[rnd.nextInt(4)])));
            }
            LocalDate d = JAN1.plusDays(rnd.nextInt(60));
            List<Operation.Payment> pays = new ArrayList<>();
            for (int j = 1 + rnd.nextInt(4); j > 0; j--) {
                pays.add(new Operation.Payment(d.plusDays(rnd.nextInt(60) - 20), Money.ofCents(1 + rnd.nextInt(600_000))));
            }
            Nature n = rnd.nextBoolean() ? Nature.GOODS : Nature.SERVICES;
            var op = new Operation(OperationKind.SALE, n, false, rnd.nextBoolean(), d, n == Nature.GOODS ? d.plusDays(rnd.nextInt(20)) : null, pays, ls);
            var lines = ex.resolve(op, "op");
            long ttc = 0;
            long paid = 0;
            for (var l : lines) {
                ttc += l.baseCents() + l.taxCents();
            }
            for (var p : pays) {
                paid += p.amount().cents();
            }
            var events = ex.events(op, lines);
            boolean fullyDue = Exigibility.triggerDate(op) != null || paid >= ttc;
            for (int i = 0; i < lines.length; i++) {
                long b = 0;
                long t = 0;
                for (var e : events) {
                    b += e.baseCents()[i];
                    t += e.taxCents()[i];
                    assertThat(e.baseCents()[i]).as("seed %d", seed).isGreaterThanOrEqualTo(0);
                }
                if (fullyDue) {
                    assertThat(b).as("seed %d line %d", seed, i).isEqualTo(lines[i].baseCents());
                    assertThat(t).as("seed %d line %d", seed, i).isEqualTo(lines[i].taxCents());
                } else {
                    assertThat(b).as("seed %d", seed).isLessThanOrEqualTo(lines[i].baseCents());
                }
            }
        }
    }

    /** Property: line 16 − line 23 = TD, or − line 25 when in credit; 27 = 25 − 26; difference = declared − exact. */
    @Test
    void property_line_16_minus_23_is_td_or_minus_25() {
        String[] rates = {"20", "10", "5.5", "2.1"};
        for (long seed = 1; seed <= 500; seed++) {
            Random rnd = new Random(seed);
            List<Operation> ops = new ArrayList<>();
            for (int i = rnd.nextInt(20); i > 0; i--) {
                OperationKind k = OperationKind.values()[rnd.nextInt(OperationKind.values().length)];
                Nature n = rnd.nextBoolean() ? Nature.GOODS : Nature.SERVICES;
                LocalDate d = JAN1.plusDays(rnd.nextInt(45));
                List<Operation.Line> ls = new ArrayList<>();
                for (int j = 1 + rnd.nextInt(3); j > 0; j--) {
                    ls.add(new Operation.Line(Money.ofCents(rnd.nextInt(1_000_000)), new BigDecimal(rates[rnd.nextInt(4)])));
                }
                List<Operation.Payment> pays = new ArrayList<>();
                for (int j = rnd.nextInt(3); j > 0; j--) {
                    pays.add(new Operation.Payment(d.plusDays(rnd.nextInt(30) - 10), Money.ofCents(1 + rnd.nextInt(500_000))));
                }
                ops.add(new Operation(k, n, rnd.nextInt(5) == 0, rnd.nextBoolean(), d,
                        rnd.nextBoolean() ? d.plusDays(rnd.nextInt(10)) : null, pays, ls));
            }
            Money prev = Money.ofCents(100L * rnd.nextInt(2000));
            var r = ca3.compute(JAN1, JAN31, prev, null, ops);
            String msg = "seed " + seed;
            long l16 = r.euros("16");
            long l23 = r.euros("23");
            if (r.boxes().containsKey("TD")) {
                assertThat(l16 - l23).as(msg).isEqualTo(r.euros("TD"));
                assertThat(r.euros("TD")).as(msg).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(l16 - l23).as(msg).isEqualTo(-r.euros("25"));
                assertThat(r.euros("25")).as(msg).isPositive();
                assertThat(r.euros("27")).as(msg).isEqualTo(r.euros("25") - r.euros("26"));
            }
            for (var box : r.boxes().values()) {
                Money v = box.amount() != null ? box.amount() : box.tax();
                assertThat(v.isNegative()).as(msg + " box " + box.code()).isFalse();
                assertThat(v.cents() % 100).as(msg).isZero();
            }
            long declared = (r.euros("TD") - r.euros("25")) * 100;
            long signed = "658".equals(r.roundingAccount()) ? r.roundingDifference().cents() : -r.roundingDifference().cents();
            assertThat(declared - r.exactNetVat().cents()).as(msg).isEqualTo(signed);
        }
    }
}
