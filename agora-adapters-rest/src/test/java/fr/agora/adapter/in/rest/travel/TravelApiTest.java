package fr.agora.adapter.in.rest.travel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TravelApiTest extends ApiTestSupport {

    @Test
    void mileage_allowance_of_the_adcf_example() {
        // 12 000 km, 5 CV: 12 000 × 0,357 + 1 395 = 5 679,00 (adcf.org)
        var r = post("/api/v1/travel/mileage-allowance", """
                {"year":2025,"vehicle":"CAR","fiscalHorsepower":5,"distanceKm":12000,"electric":false}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        assertThat(t.get("amount").decimalValue()).isEqualByComparingTo("5679.00");
        assertThat(t.get("appliedHorsepower").asInt()).isEqualTo(5);
        assertThat(t.get("bracket").asString()).isEqualTo("5 001–20 000 km");
        assertThat(t.get("formula").asString()).isEqualTo("12000 × 0.357 + 1395 = 5679.00");
    }

    @Test
    void mileage_allowance_bad_input_names_the_field() {
        var missing = post("/api/v1/travel/mileage-allowance", """
                {"year":2025,"vehicle":"MOTORCYCLE","distanceKm":100}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.tree().get("field").asString()).isEqualTo("fiscalHorsepower");
        var tooFar = post("/api/v1/travel/mileage-allowance", """
                {"year":2025,"vehicle":"CAR","fiscalHorsepower":5,"distanceKm":2000000}""");
        assertThat(tooFar.status()).isEqualTo(400);
        assertThat(tooFar.tree().get("field").asString()).isEqualTo("distanceKm");
        var noScale = post("/api/v1/travel/mileage-allowance", """
                {"year":2010,"vehicle":"CAR","fiscalHorsepower":5,"distanceKm":100}""");
        assertThat(noScale.status()).isEqualTo(400);
        assertThat(noScale.tree().get("field").asString()).isEqualTo("year");
        var badKind = post("/api/v1/travel/mileage-allowance", """
                {"year":2025,"vehicle":"TRUCK","fiscalHorsepower":5,"distanceKm":100}""");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.tree().get("field").asString()).isEqualTo("vehicle");
    }

    @Test
    void expense_claim_splits_exempt_and_reintegrated() {
        var r = post("/api/v1/travel/expense-claims", """
                {"date":"2026-03-10","items":[
                  {"type":"MEAL_AT_RESTAURANT","quantity":3,"amountPerUnit":25.00},
                  {"type":"LODGING_PARIS","quantity":2,"amountPerUnit":70.00},
                  {"type":"TRANSPORT","quantity":1,"amountPerUnit":84.30}],
                 "forecast":[{"category":"MEALS","amount":60.00},{"category":"LODGING","amount":160.00}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        // 75 + 140 + 84,30 = 299,30 paid; restaurant exempt 3 × 21,40 = 64,20 → 10,80 re-integrated
        assertThat(t.get("paid").decimalValue()).isEqualByComparingTo("299.30");
        assertThat(t.get("exempt").decimalValue()).isEqualByComparingTo("288.50");
        assertThat(t.get("reintegrated").decimalValue()).isEqualByComparingTo("10.80");
        assertThat(t.get("items").get(0).get("limitPerUnit").decimalValue()).isEqualByComparingTo("21.40");
        // meals 75 vs 60: +25 %; lodging 140 vs 160: −12,5 %; transport 84,30 not forecast; total 299,30 vs 220
        assertThat(t.get("variances").get(0).get("variancePercent").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(t.get("variances").get(1).get("direction").asString()).isEqualTo("FAVOURABLE");
        assertThat(t.get("variances").get(3).get("label").asString()).isEqualTo("TOTAL");
    }

    @Test
    void expense_claim_bad_input_names_the_field() {
        var decimals = post("/api/v1/travel/expense-claims", """
                {"date":"2026-03-10","items":[{"type":"OTHER","quantity":1,"amountPerUnit":1.00},
                 {"type":"OTHER","quantity":1,"amountPerUnit":1.001}]}""");
        assertThat(decimals.status()).isEqualTo(400);
        assertThat(decimals.tree().get("field").asString()).isEqualTo("items[1].amountPerUnit");
        var date = post("/api/v1/travel/expense-claims", """
                {"date":"2024-03-10","items":[{"type":"OTHER","quantity":1,"amountPerUnit":1.00}]}""");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.tree().get("field").asString()).isEqualTo("date");
        var twice = post("/api/v1/travel/expense-claims", """
                {"date":"2026-03-10","items":[{"type":"OTHER","quantity":1,"amountPerUnit":1.00}],
                 "forecast":[{"category":"MEALS","amount":1},{"category":"MEALS","amount":2}]}""");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.tree().get("field").asString()).isEqualTo("forecast[1].category");
    }
}
