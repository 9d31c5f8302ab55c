package fr.agora.adapter.in.rest.training;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TrainingApiTest extends ApiTestSupport {

    @Test
    void cost_and_variance_of_an_action() {
        var r = post("/api/v1/training/cost", """
                {"actions":[{"name":"Excel avancé","fees":1200.00,"travel":180.00,"lodgingAndMeals":95.50,
                  "trainees":[{"id":"T1","monthlyGross":2275.00,"hours":14,"employerContributionRate":42},
                              {"id":"T2","monthlyGross":1820.00,"hours":14,"employerContributionRate":42}],
                  "forecast":1900.00}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        // wages 298,20 + 238,56 = 536,76; total 2 012,26 (hand computation in TrainingCostCalculatorTest)
        assertThat(t.get("actions").get(0).get("wages").decimalValue()).isEqualByComparingTo("536.76");
        assertThat(t.get("actions").get(0).get("total").decimalValue()).isEqualByComparingTo("2012.26");
        assertThat(t.get("variances").get(0).get("variancePercent").decimalValue()).isEqualByComparingTo("5.91");
        assertThat(t.get("total").get("direction").asString()).isEqualTo("UNFAVOURABLE");
    }

    @Test
    void bad_trainee_names_the_field() {
        var r = post("/api/v1/training/cost", """
                {"actions":[{"name":"SST","trainees":[{"id":"T1","monthlyGross":2000.00,"hours":0,"employerContributionRate":42}]}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("actions[0].trainees[0].hours");
        var rate = post("/api/v1/training/cost", """
                {"actions":[{"name":"SST","trainees":[{"id":"T1","monthlyGross":2000.00,"hours":7,"employerContributionRate":142}]}]}""");
        assertThat(rate.status()).isEqualTo(400);
        assertThat(rate.tree().get("field").asString()).isEqualTo("actions[0].trainees[0].employerContributionRate");
    }
}
