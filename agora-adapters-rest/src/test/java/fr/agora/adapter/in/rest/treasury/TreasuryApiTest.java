package fr.agora.adapter.in.rest.treasury;

import static fr.agora.adapter.in.rest.stock.StockApiTest.dec;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/treasury/… over real HTTP. */
class TreasuryApiTest extends ApiTestSupport {

    @Test
    void cash_budget_with_a_negative_month() {
        // 5 000 + 12 000 − 15 000 = 2 000; − 6 500 → −4 500; + 7 000 → 2 500; need 4 500
        var r = post("/api/v1/treasury/budget", TreasuryDtos.BUDGET_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode months = r.tree().get("months");
        dec(months.get(0).get("closingBalance"), "2000");
        dec(months.get(1).get("closingBalance"), "-4500");
        assertThat(months.get(1).get("negative").asBoolean()).isTrue();
        assertThat(months.get(2).get("negative").asBoolean()).isFalse();
        assertThat(months.get(1).get("label").asString()).isEqualTo("Février");
        dec(r.tree().get("financingNeed"), "4500");
        assertThat(r.tree().get("firstNegativeMonth").asString()).isEqualTo("Février");
    }

    @Test
    void cash_count_and_caf() {
        var r = post("/api/v1/treasury/cash-count", TreasuryDtos.CASH_COUNT_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("counted"), "168.35");
        dec(r.tree().get("difference"), "-1.65");
        assertThat(r.tree().get("outcome").asString()).isEqualTo("SHORTFALL");
        assertThat(r.tree().get("entry").get(0).get("account").asString()).isEqualTo("658");
        dec(r.tree().get("entry").get(0).get("debit"), "1.65");
        var caf = post("/api/v1/treasury/caf", TreasuryDtos.CAF_EXAMPLE);
        assertThat(caf.status()).as(caf.body()).isEqualTo(200);
        dec(caf.tree().get("caf"), "61000");
        dec(caf.tree().get("selfFinancing"), "46000");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/treasury/budget | {\"openingBalance\":0,\"months\":[]} | months",
            "/api/v1/treasury/budget | {\"openingBalance\":0,\"months\":[{\"label\":\"J\",\"receipts\":-1,\"payments\":0}]} | months[0].receipts",
            "/api/v1/treasury/budget | {\"months\":[{\"label\":\"J\",\"receipts\":1,\"payments\":0}]} | openingBalance",
            "/api/v1/treasury/cash-count | {\"bookBalance\":10,\"denominations\":[{\"faceValue\":3,\"count\":1}]} | denominations[0].faceValue",
            "/api/v1/treasury/cash-count | {\"bookBalance\":10} | denominations",
            "/api/v1/treasury/caf | {\"netResult\":1.001} | netResult",
    })
    void bad_input_is_a_400_naming_the_field(String path, String body, String field) {
        var r = post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).as(r.body()).isEqualTo(field);
    }
}
