package fr.agora.adapter.in.rest.depreciation;

import static fr.agora.adapter.in.rest.stock.StockApiTest.dec;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/depreciation/schedule over real HTTP. */
class DepreciationApiTest extends ApiTestSupport {

    @Test
    void declining_balance_table_with_entries() {
        // 10 000, 5 years, 15/04: 2 625 / 2 581.25 / 1 677.81 / 1 557.97 / 1 557.97 (RULES-REFERENCE §8)
        var r = post("/api/v1/depreciation/schedule", DepreciationDtos.SCHEDULE_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        dec(t.get("rate"), "35");
        dec(t.get("coefficient"), "1.75");
        JsonNode years = t.get("years");
        assertThat(years).hasSize(5);
        String[] expected = {"2625", "2581.25", "1677.81", "1557.97", "1557.97"};
        for (int i = 0; i < 5; i++) {
            dec(years.get(i).get("annuity"), expected[i]);
        }
        dec(years.get(1).get("accumulated"), "5206.25");
        dec(years.get(1).get("netBookValue"), "4793.75");
        assertThat(years.get(0).get("fiscalYear").asInt()).isEqualTo(2026);
        assertThat(years.get(0).get("entry").get(0).get("account").asString()).isEqualTo("6811");
        assertThat(years.get(0).get("entry").get(1).get("account").asString()).isEqualTo("28183");
        dec(years.get(0).get("entry").get(1).get("credit"), "2625");
        assertThat(years.get(0).get("entry").get(1).has("debit")).isFalse();
    }

    @Test
    void straight_line_with_prorata_and_a_refused_declining_balance() {
        var r = post("/api/v1/depreciation/schedule", """
                {"method":"STRAIGHT_LINE","cost":10000,"usefulLifeYears":5,"inServiceDate":"2026-04-15"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("years").get(0).get("annuity"), "1422.22");
        assertThat(r.tree().get("years").get(0).get("prorata").asString()).isEqualTo("256/360");
        dec(r.tree().get("years").get(5).get("annuity"), "577.78");
        var refused = post("/api/v1/depreciation/schedule", """
                {"method":"DECLINING_BALANCE","cost":1000,"usefulLifeYears":2,"inServiceDate":"2026-01-01"}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.tree().get("field").asString()).isEqualTo("usefulLifeYears");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"method\":\"STRAIGHT_LINE\",\"cost\":0,\"usefulLifeYears\":5,\"inServiceDate\":\"2026-01-01\"} | cost",
            "{\"method\":\"STRAIGHT_LINE\",\"cost\":10,\"usefulLifeYears\":101,\"inServiceDate\":\"2026-01-01\"} | usefulLifeYears",
            "{\"method\":\"STRAIGHT_LINE\",\"cost\":10,\"usefulLifeYears\":5,\"inServiceDate\":\"2026-01-01\",\"fiscalYearEnd\":\"13-45\"} | fiscalYearEnd",
            "{\"method\":\"STRAIGHT_LINE\",\"cost\":10,\"usefulLifeYears\":5,\"inServiceDate\":\"2026-01-01\",\"fiscalYearEnd\":\"02-29\"} | fiscalYearEnd",
            "{\"method\":\"STRAIGHT_LINE\",\"cost\":10,\"usefulLifeYears\":5,\"inServiceDate\":\"2026-01-01\",\"assetAccount\":\"411\"} | assetAccount",
            "{\"cost\":10,\"usefulLifeYears\":5,\"inServiceDate\":\"2026-01-01\"} | method",
    })
    void bad_input_is_a_400_naming_the_field(String body, String field) {
        var r = post("/api/v1/depreciation/schedule", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).as(r.body()).isEqualTo(field);
    }
}
