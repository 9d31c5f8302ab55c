package fr.agora.adapter.in.rest.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IndicatorsApiTest extends ApiTestSupport {

    @Test
    void hr_indicators_with_series() {
        var r = post("/api/v1/indicators/hr", """
                {"from":"2026-03-01","to":"2026-03-31","staff":[
                  {"id":"S1","gender":"FEMALE","birthDate":"1985-01-01","hireDate":"2020-01-01","weeklyHours":35,"monthlyGross":2100.00},
                  {"id":"S2","gender":"MALE","birthDate":"1999-07-14","hireDate":"2026-03-16","weeklyHours":24}],
                 "absences":[{"memberId":"S1","kind":"SICKNESS","from":"2026-03-09","to":"2026-03-13"}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        assertThat(t.get("headcountAtStart").asInt()).isEqualTo(1);
        assertThat(t.get("headcountAtEnd").asInt()).isEqualTo(2);
        // theoretical: S1 22 jours ouvrés × 7 = 154 h; S2 from 16 March: 12 × 4,8 = 57,6 h; total 211,6 h
        // absence: 5 × 7 = 35 h → 35 / 211,6 = 16,540 % → 16,54
        assertThat(t.get("absenteeism").get("theoreticalHours").decimalValue()).isEqualByComparingTo("211.60");
        assertThat(t.get("absenteeism").get("rate").decimalValue()).isEqualByComparingTo("16.54");
        assertThat(t.get("absenteeism").get("basis").asString()).contains("weekly hours / 5");
        // FTE at end: (35 + 24) / 35 = 1,6857 → 1,69
        assertThat(t.get("fteAtEnd").decimalValue()).isEqualByComparingTo("1.69");
        assertThat(t.get("agePyramid").get(0).get("labels").size()).isEqualTo(5);
        assertThat(t.get("headcountByMonth").get("values").get(0).decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void hr_bad_input_names_the_field() {
        var r = post("/api/v1/indicators/hr", """
                {"from":"2026-03-01","to":"2026-03-31","staff":[
                  {"id":"S1","gender":"FEMALE","birthDate":"1985-01-01","hireDate":"2020-01-01","weeklyHours":35}],
                 "absences":[{"memberId":"S9","kind":"SICKNESS","from":"2026-03-09","to":"2026-03-13"}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("absences[0].memberId");
        var exit = post("/api/v1/indicators/hr", """
                {"from":"2026-03-01","to":"2026-03-31","staff":[
                  {"id":"S1","gender":"FEMALE","birthDate":"1985-01-01","hireDate":"2020-01-01","exitDate":"2019-01-01","weeklyHours":35}]}""");
        assertThat(exit.status()).isEqualTo(400);
        assertThat(exit.tree().get("field").asString()).isEqualTo("staff[0].exitDate");
        var gender = post("/api/v1/indicators/hr", """
                {"from":"2026-03-01","to":"2026-03-31","staff":[
                  {"id":"S1","gender":"F","birthDate":"1985-01-01","hireDate":"2020-01-01","weeklyHours":35}]}""");
        assertThat(gender.status()).isEqualTo(400);
        assertThat(gender.tree().get("field").asString()).isEqualTo("staff[0].gender");
    }

    @Test
    void commercial_indicators() {
        var r = post("/api/v1/indicators/commercial", """
                {"sales":[
                  {"date":"2026-02-05","orderId":"O2","customerType":"PART","product":"Chaise","quantity":2,"unitPrice":60.00,"unitCost":30.00},
                  {"date":"2026-03-03","orderId":"O3","customerType":"PRO","product":"Bureau","quantity":1,"unitPrice":400.00,"unitCost":250.00},
                  {"date":"2026-03-20","orderId":"O4","customerType":"PART","product":"Lampe","quantity":3,"unitPrice":33.33,"unitCost":20.00}],
                 "quotes":[{"id":"D1","date":"2026-02-01","status":"ACCEPTED"},{"id":"D2","date":"2026-02-10","status":"REFUSED"}],
                 "referenceMonth":"2026-03"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        // turnover 120 + 400 + 99,99 = 619,99; cost 60 + 250 + 60 = 370; margin 249,99; 249,99 / 370 = 67,564 % → 67,56
        assertThat(t.get("turnover").decimalValue()).isEqualByComparingTo("619.99");
        assertThat(t.get("margin").decimalValue()).isEqualByComparingTo("249.99");
        assertThat(t.get("marginRate").decimalValue()).isEqualByComparingTo("67.56");
        // basket 619,99 / 3 = 206,663 → 206,66; conversion 1 / 2 = 50 %
        assertThat(t.get("averageBasket").decimalValue()).isEqualByComparingTo("206.66");
        assertThat(t.get("quotes").get("conversionRate").decimalValue()).isEqualByComparingTo("50.00");
        // March 499,99 vs February 120: (499,99 − 120) / 120 = 316,658 % → 316,66; no March 2025: no year-on-year change
        assertThat(t.get("monthOnMonth").get("month").asString()).isEqualTo("2026-03");
        assertThat(t.get("monthOnMonth").get("changePercent").decimalValue()).isEqualByComparingTo("316.66");
        assertThat(t.get("yearOnYear").has("changePercent")).isFalse();   // undefined: no sales in March 2025
        assertThat(t.get("turnoverByMonth").get("labels").get(0).asString()).isEqualTo("2026-02");
    }

    @Test
    void commercial_bad_input_names_the_field() {
        var r = post("/api/v1/indicators/commercial", """
                {"sales":[{"date":"2026-02-05","orderId":"O2","customerType":"PART","product":"Chaise","quantity":0,"unitPrice":60.00,"unitCost":30.00}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("sales[0].quantity");
        var cost = post("/api/v1/indicators/commercial", """
                {"sales":[{"date":"2026-02-05","orderId":"O2","customerType":"PART","product":"Chaise","quantity":1,"unitPrice":60.00,"unitCost":-1}]}""");
        assertThat(cost.status()).isEqualTo(400);
        assertThat(cost.tree().get("field").asString()).isEqualTo("sales[0].unitCost");
        var month = post("/api/v1/indicators/commercial", """
                {"sales":[],"referenceMonth":"-999999999-01"}""");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.tree().get("field").asString()).isEqualTo("referenceMonth");
        var hrYear = post("/api/v1/indicators/hr", """
                {"from":"0001-01-01","to":"0001-12-31","staff":[]}""");
        assertThat(hrYear.status()).isEqualTo(400);
        assertThat(hrYear.tree().get("field").asString()).isEqualTo("from");
    }

    @Test
    void the_openapi_document_lists_the_personnel_endpoints_with_examples() {
        JsonNode paths = get("/v3/api-docs").tree().path("paths");
        for (String p : new String[] {"/api/v1/travel/mileage-allowance", "/api/v1/travel/expense-claims",
                "/api/v1/working-time/check", "/api/v1/training/cost", "/api/v1/indicators/hr", "/api/v1/indicators/commercial"}) {
            JsonNode post = paths.path(p).path("post");
            assertThat(post.isMissingNode()).as(p).isFalse();
            assertThat(post.path("requestBody").path("content").path("application/json").path("examples").isEmpty()).as(p).isFalse();
            assertThat(post.path("responses").has("400")).as(p).isTrue();
        }
        assertThat(paths.path("/api/v1/indicators/hr").path("post").path("operationId").asString()).isEqualTo("computeHrIndicators");
    }
}
