package fr.agora.adapter.in.rest.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.adapter.in.rest.support.DocumentedExamples;
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

    /**
     * 10 000.00 due 31 May 2025 at 31 Aug 2025: 30 d at 13.15 % (ECB 3.15 % on 1 Jan 2025 + 10) = 108.0822 and 62 d
     * at 12.15 % (ECB 2.15 % on 1 Jul 2025 + 10) = 206.3836: 314.47, + 40 € (D441-5); contentieux claims 10 354.47.
     */
    @Test
    void penalties_and_letter_as_documented() {
        DocumentedExamples.assertAnswers(post("/api/v1/receivables/ageing", ReceivablesController.REQUEST_EXAMPLE),
                ReceivablesController.RESPONSE_EXAMPLE, json);
    }

    /** Contractual 15 %: 1 200 × 15 % × 45 / 365 = 22.19; a mise en demeure claims 1 200 + 22.19 + 40 = 1 262.19. */
    @Test
    void contractual_rate() {
        var r = post("/api/v1/receivables/ageing", """
                {"date":"2026-04-15","penaltyTerms":{"contractualRatePercent":15},"items":[
                 {"id":"I1","customer":"DUPONT","dueDate":"2026-03-01","amount":1200.00}]}
                """);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode c = r.tree().get("customers").get(0);
        assertThat(c.get("penalties").decimalValue()).isEqualByComparingTo("22.19");
        assertThat(c.get("letter").get("stage").asString()).isEqualTo("MISE_EN_DEMEURE");
        assertThat(c.get("letter").get("amountClaimed").decimalValue()).isEqualByComparingTo("1262.19");
        assertThat(c.get("letter").get("payBy").asString()).isEqualTo("2026-04-23");
    }

    @Test
    void a_zero_contractual_rate_is_a_400() {
        var r = post("/api/v1/receivables/ageing", """
                {"date":"2026-04-15","penaltyTerms":{"contractualRatePercent":0},"items":[]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("penaltyTerms.contractualRatePercent");
    }
}
