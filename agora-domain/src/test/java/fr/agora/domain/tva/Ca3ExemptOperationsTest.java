package fr.agora.domain.tva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exempt operations on the CA3 (issue 13): exports on E1, other non-taxable operations and reverse-charged services
 * on E2, intra-EU deliveries on F2 (3310-CA3 notice; OCA box CSV DA / DB / DC; RULES-REFERENCE §1.6, §1.8).
 */
class Ca3ExemptOperationsTest {

    final Ca3Calculator ca3 = new Ca3Calculator(VatRateTable.FRANCE);
    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JAN31 = LocalDate.of(2026, 1, 31);

    static Operation sale(OperationKind kind, Nature nature, Operation.Line... lines) {
        return Operation.of(kind, nature, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), List.of(lines));
    }

    @Test
    void exempt_sales_go_to_e1_e2_f2_and_not_to_a1() {
        // taxed 1 000 @20 % → A1 1 000, 08 1 000 / 200; export 1 000.40 → E1 1 000; intra-EU delivery 2 500.50 → F2
        // 2 501 (half up); other exempt 300 + reverse-charged services 199.60 → E2 499.60 → 500; TD = 200
        var r = ca3.compute(JAN1, JAN31, null, null, List.of(
                sale(OperationKind.SALE, Nature.GOODS, new Operation.Line("1000", "20"),
                        Operation.Line.exempt("1000.40", Exemption.EXPORT)),
                sale(OperationKind.SALE, Nature.GOODS, Operation.Line.exempt("2500.50", Exemption.INTRA_EU_DELIVERY)),
                sale(OperationKind.SALE, Nature.GOODS, Operation.Line.exempt("300", Exemption.OTHER_EXEMPT)),
                new Operation(OperationKind.SALE, Nature.SERVICES, false, true, LocalDate.of(2026, 1, 12), null, List.of(),
                        List.of(Operation.Line.exempt("199.60", Exemption.REVERSE_CHARGE)))));
        assertThat(r.euros("A1")).isEqualTo(1_000);
        assertThat(r.euros("E1")).isEqualTo(1_000);
        assertThat(r.euros("F2")).isEqualTo(2_501);
        assertThat(r.euros("E2")).isEqualTo(500);
        assertThat(r.euros("08")).isEqualTo(200);
        assertThat(r.euros("TD")).isEqualTo(200);
        assertThat(r.boxes().keySet()).containsSubsequence("A1", "E1", "E2", "F2", "08", "16");
        assertThat(r.boxes().get("E1").label()).isEqualTo("Exportations hors UE");
    }

    @Test
    void a_credit_note_on_exports_above_them_goes_to_f8() {
        // exports 100, credit note on exports 250 → E1 net −150: left at 0, 150 on F8 (régularisations)
        var r = ca3.compute(JAN1, JAN31, null, null, List.of(
                sale(OperationKind.SALE, Nature.GOODS, Operation.Line.exempt("100", Exemption.EXPORT)),
                sale(OperationKind.SALE_CREDIT_NOTE, Nature.GOODS, Operation.Line.exempt("250", Exemption.EXPORT))));
        assertThat(r.boxes()).doesNotContainKey("E1");
        assertThat(r.euros("F8")).isEqualTo(150);
    }

    @Test
    void exempt_purchases_carry_no_deductible_tva() {
        // a purchase from a supplier under the franchise: nothing deductible
        var r = ca3.compute(JAN1, JAN31, null, null, List.of(
                sale(OperationKind.PURCHASE, Nature.SERVICES, Operation.Line.exempt("500", Exemption.FRANCHISE_EN_BASE))));
        assertThat(r.boxes()).doesNotContainKeys("19", "20");
        assertThat(r.euros("16")).isZero();
    }

    @Test
    void a_0_percent_line_without_exemption_or_a_franchise_sale_is_refused_naming_the_field() {
        assertThatThrownBy(() -> ca3.compute(JAN1, JAN31, null, null, List.of(
                sale(OperationKind.SALE, Nature.GOODS, new Operation.Line("10", "20"), new Operation.Line("10", "0")))))
                .hasFieldOrPropertyWithValue("field", "operations[0].lines[1].exemption");
        assertThatThrownBy(() -> ca3.compute(JAN1, JAN31, null, null, List.of(
                sale(OperationKind.SALE, Nature.GOODS, Operation.Line.exempt("10", Exemption.FRANCHISE_EN_BASE)))))
                .hasFieldOrPropertyWithValue("field", "operations[0].lines[0].exemption")
                .hasFieldOrPropertyWithValue("problemType", "franchise-on-return");
        assertThatThrownBy(() -> ca3.compute(JAN1, JAN31, null, null, List.of(
                sale(OperationKind.INTRA_EU_ACQUISITION, Nature.GOODS, Operation.Line.exempt("10", Exemption.EXPORT)))))
                .hasFieldOrPropertyWithValue("field", "operations[0].lines[0].exemption");
    }
}
