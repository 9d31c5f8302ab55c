package fr.agora.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplenishmentTest {

    private static BigDecimal b(String s) {
        return new BigDecimal(s);
    }

    @Test
    void reorder_point_and_wilson_quantity() {
        // point de commande = 20/day × 10 days + 100 = 300; available 250 + 30 − 0 = 280 ≤ 300 → order
        // Q* = √(2 × 2 400 × 50 / (20 × 10 %)) = √120 000 = 346.410… → 346.41; 347 units; 2 400 / 346.41 = 6.93 orders
        Replenishment.Result r = Replenishment.compute(new Replenishment.Request(b("20"), b("10"), b("100"), b("250"),
                b("30"), null, b("2400"), b("50"), b("10"), b("20")));
        assertThat(r.reorderPoint()).isEqualByComparingTo("300");
        assertThat(r.availableStock()).isEqualByComparingTo("280");
        assertThat(r.shouldOrder()).isTrue();
        assertThat(r.economicOrderQuantity()).isEqualByComparingTo("346.41");
        assertThat(r.economicOrderUnits()).isEqualByComparingTo("347");
        assertThat(r.ordersPerYear()).isEqualByComparingTo("6.93");
        // at 301 available, no order; without Wilson's inputs, no Q*
        Replenishment.Result no = Replenishment.compute(new Replenishment.Request(b("20"), b("10"), b("100"), b("301"),
                null, null, null, null, null, null));
        assertThat(no.shouldOrder()).isFalse();
        assertThat(no.economicOrderQuantity()).isNull();
        assertThat(Replenishment.safetyStock(b("20"), b("5"))).isEqualByComparingTo("100");
    }

    @Test
    void wilson_inputs_go_together() {
        assertThatThrownBy(() -> new Replenishment.Request(b("20"), b("10"), b("100"), b("250"), null, null, b("2400"),
                b("50"), null, b("20"))).hasFieldOrPropertyWithValue("field", "holdingCostRate");
    }

    @Test
    void rotation_and_purchase_cost() {
        // stock moyen (18 000 + 22 000) / 2 = 20 000; rotation 240 000 / 20 000 = 12; 360 / 12 = 30 days
        StockRotation.Result rot = StockRotation.compute(new StockRotation.Request(b("240000"), b("18000"), b("22000"), null));
        assertThat(rot.averageStock()).isEqualByComparingTo("20000");
        assertThat(rot.turnover()).isEqualByComparingTo("12");
        assertThat(rot.days()).isEqualByComparingTo("30");
        // 100 × 12.50 = 1 250; remise 10 % = 125 → 1 125; remise 5 % = 56.25 → 1 068.75; + port 31.25 = 1 100; 11 / unit
        PurchaseCost.Result pc = PurchaseCost.compute(new PurchaseCost.Request(b("100"), b("12.50"),
                List.of(b("10"), b("5")), b("31.25"), null));
        assertThat(pc.netPurchasePrice().toString()).isEqualTo("1068.75");
        assertThat(pc.reductions().get(1).amount().toString()).isEqualTo("56.25");
        assertThat(pc.purchaseCost().toString()).isEqualTo("1100.00");
        assertThat(pc.unitCost()).isEqualByComparingTo("11");
        // a half cent goes up: 3 × 0.335 = 1.005 → 1.01
        assertThat(PurchaseCost.compute(new PurchaseCost.Request(b("3"), b("0.335"), null, null, null)).grossAmount()
                .toString()).isEqualTo("1.01");
    }
}
