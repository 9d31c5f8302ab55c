package fr.agora.adapter.in.rest.stock;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/stock/… over real HTTP: exact figures, and a 400 naming the field for bad input. */
public class StockApiTest extends ApiTestSupport {

    public static void dec(JsonNode n, String expected) {
        assertThat(n.decimalValue()).as(String.valueOf(n)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void ledger_cmup_after_each_receipt() {
        // Bêta d'Oujda (see StockLedgerCalculatorTest): exits 500 + 920 = 1 420; closing 320, 3 980, CMUP 12.44
        var r = post("/api/v1/stock/ledger", StockDtos.LEDGER_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        assertThat(t.get("rows")).hasSize(4);
        JsonNode second = t.get("rows").get(1);
        assertThat(second.get("type").asString()).isEqualTo("IN");
        dec(second.get("stockQuantity"), "200");
        dec(second.get("stockValue"), "2300");
        dec(second.get("averageCost"), "11.50");
        dec(t.get("rows").get(2).get("amount"), "920");
        dec(t.get("exits").get("quantity"), "130");
        dec(t.get("exits").get("value"), "1420");
        dec(t.get("closing").get("quantity"), "320");
        dec(t.get("closing").get("value"), "3980");
        dec(t.get("closing").get("averageCost"), "12.44");
        assertThat(t.get("roundingPolicy").asString()).contains("CARRIED_VALUE");
    }

    @Test
    void ledger_fifo_and_an_exit_beyond_the_stock() {
        var r = post("/api/v1/stock/ledger", StockDtos.LEDGER_EXAMPLE.replace("CMUP_PER_RECEIPT", "FIFO"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("closing").get("value"), "4040");
        var refused = post("/api/v1/stock/ledger", """
                {"method":"FIFO","opening":{"quantity":10,"unitCost":2},"movements":[{"date":"2026-01-02","type":"OUT","quantity":11}]}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.tree().get("field").asString()).isEqualTo("movements[0].quantity");
        assertThat(refused.tree().get("type").asString()).endsWith("/insufficient-stock");
    }

    @Test
    void replenishment_rotation_and_purchase_cost() {
        var r = post("/api/v1/stock/replenishment", StockDtos.REPLENISHMENT_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("reorderPoint"), "300");
        assertThat(r.tree().get("shouldOrder").asBoolean()).isTrue();
        dec(r.tree().get("economicOrderQuantity"), "346.41");
        var rot = post("/api/v1/stock/rotation", StockDtos.ROTATION_EXAMPLE);
        assertThat(rot.status()).as(rot.body()).isEqualTo(200);
        dec(rot.tree().get("turnover"), "12");
        dec(rot.tree().get("days"), "30");
        var pc = post("/api/v1/stock/purchase-cost", StockDtos.PURCHASE_COST_EXAMPLE);
        assertThat(pc.status()).as(pc.body()).isEqualTo(200);
        dec(pc.tree().get("netPurchasePrice"), "1068.75");
        dec(pc.tree().get("purchaseCost"), "1100");
        dec(pc.tree().get("unitCost"), "11");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/stock/ledger | {\"movements\":[]} | method",
            "/api/v1/stock/ledger | {\"method\":\"FIFO\",\"movements\":[{\"date\":\"2026-01-02\",\"type\":\"IN\",\"quantity\":1.0001,\"unitCost\":1}]} | movements[0].quantity",
            "/api/v1/stock/ledger | {\"method\":\"FIFO\",\"movements\":[{\"date\":\"2026-01-02\",\"type\":\"IN\",\"quantity\":1}]} | movements[0].unitCost",
            "/api/v1/stock/ledger | {\"method\":\"FIFO\",\"movements\":[{\"date\":\"2026-01-02\",\"type\":\"IN\",\"quantity\":1,\"unitCost\":1},{\"date\":\"2026-01-01\",\"type\":\"OUT\",\"quantity\":1}]} | movements[1].date",
            "/api/v1/stock/ledger | {\"method\":\"FIFO\",\"allowNegativeStock\":true,\"movements\":[]} | allowNegativeStock",
            "/api/v1/stock/replenishment | {\"dailyConsumption\":-1,\"leadTimeDays\":1,\"safetyStock\":0,\"currentStock\":0} | dailyConsumption",
            "/api/v1/stock/replenishment | {\"dailyConsumption\":1,\"leadTimeDays\":1,\"safetyStock\":0,\"currentStock\":0,\"annualDemand\":10} | orderCost",
            "/api/v1/stock/rotation | {\"costOfGoodsSold\":10,\"openingStock\":0,\"closingStock\":0} | closingStock",
            "/api/v1/stock/purchase-cost | {\"quantity\":1,\"grossUnitPrice\":1,\"reductionRates\":[101]} | reductionRates[0]",
    })
    void bad_input_is_a_400_naming_the_field(String path, String body, String field) {
        var r = post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).as(r.body()).isEqualTo(field);
    }
}
