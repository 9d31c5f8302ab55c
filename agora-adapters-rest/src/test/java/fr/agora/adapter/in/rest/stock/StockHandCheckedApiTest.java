package fr.agora.adapter.in.rest.stock;

import static fr.agora.adapter.in.rest.stock.StockApiTest.dec;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** Audit 2026-12: a FIFO exit over three lots (StockHandCheckedTest) over real HTTP: one row per lot touched. */
class StockHandCheckedApiTest extends ApiTestSupport {

    @Test
    void fifo_exit_over_three_lots() {
        // 10 × 5.00 + 20 × 5.50 + 15 × 6.00 = 250.00 out; closing 15 × 6.00 = 90.00
        var r = post("/api/v1/stock/ledger", """
                {"method":"FIFO","opening":{"quantity":10,"unitCost":5},"movements":[
                {"date":"2026-03-02","type":"IN","quantity":20,"unitCost":5.5},
                {"date":"2026-03-09","type":"IN","quantity":30,"unitCost":6},
                {"date":"2026-03-16","type":"OUT","quantity":45}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.tree().get("rows")).hasSize(5);
        dec(r.tree().get("exits").get("value"), "250");
        dec(r.tree().get("closing").get("value"), "90");
    }
}
