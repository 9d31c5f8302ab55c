package fr.agora.adapter.in.rest.provision;

import static fr.agora.adapter.in.rest.stock.StockApiTest.dec;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/provisions/… over real HTTP. */
class ProvisionApiTest extends ApiTestSupport {

    @Test
    void doubtful_receivables_adjusted_the_next_year() {
        // Durand: 2 400 TTC → 2 000 HT × 60 % = 1 200 (was 800: +400); Martin: 1 000 HT × 25 % = 250 (was 500: −250)
        var r = post("/api/v1/provisions/doubtful-receivables", ProvisionDtos.DOUBTFUL_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        dec(t.get("lines").get(0).get("amountExclVat"), "2000");
        dec(t.get("lines").get(0).get("provision"), "1200");
        dec(t.get("totalIncrease"), "400");
        dec(t.get("totalDecrease"), "250");
        assertThat(t.get("entry").get(0).get("account").asString()).isEqualTo("6817");
        assertThat(t.get("entry").get(3).get("account").asString()).isEqualTo("7817");
        dec(t.get("entry").get(3).get("credit"), "250");
    }

    @Test
    void stock_depreciation() {
        var r = post("/api/v1/provisions/stock-depreciation", ProvisionDtos.STOCK_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("totalDepreciation"), "1500");
        assertThat(r.tree().get("lines").get(0).get("depreciationAccount").asString()).isEqualTo("397");
        assertThat(r.tree().get("entry").get(1).get("account").asString()).isEqualTo("397");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/provisions/doubtful-receivables | {\"receivables\":[{\"customer\":\"A\",\"amountInclVat\":10,\"vatRate\":20,\"lossRate\":120}]} | receivables[0].lossRate",
            "/api/v1/provisions/doubtful-receivables | {\"receivables\":[]} | receivables",
            "/api/v1/provisions/stock-depreciation | {\"items\":[{\"stockAccount\":\"41\",\"grossValue\":1,\"currentValue\":1}]} | items[0].stockAccount",
    })
    void bad_input_is_a_400_naming_the_field(String path, String body, String field) {
        var r = post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).as(r.body()).isEqualTo(field);
    }
}
