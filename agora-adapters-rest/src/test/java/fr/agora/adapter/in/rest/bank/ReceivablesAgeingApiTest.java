package fr.agora.adapter.in.rest.bank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ReceivablesAgeingApiTest extends ApiTestSupport {

    @Test
    void ageing_buckets_and_stages() {
        var r = post("/api/v1/receivables/ageing", """
                {"date":"2026-06-30","items":[
                 {"id":"I1","customer":"DUPONT","dueDate":"2026-05-31","amount":100.00},
                 {"id":"I2","customer":"DUPONT","dueDate":"2026-05-30","amount":50.00},
                 {"id":"I3","customer":"MARTIN","dueDate":"2026-07-15","amount":20.00}]}
                """);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        assertThat(t.get("totals").get("DAYS_1_30").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(t.get("totals").get("DAYS_31_60").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(t.get("totals").get("NOT_DUE").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(t.get("customers").get(0).get("stage").asString()).isEqualTo("MISE_EN_DEMEURE");
        assertThat(t.get("customers").get(1).get("stage").asString()).isEqualTo("NONE");
    }
}
