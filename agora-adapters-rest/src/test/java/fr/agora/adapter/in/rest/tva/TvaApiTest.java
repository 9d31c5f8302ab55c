package fr.agora.adapter.in.rest.tva;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/tva/… over real HTTP. */
class TvaApiTest extends ApiTestSupport {

    static void dec(JsonNode n, String expected) {
        assertThat(n.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void converts_both_ways_with_the_rule() {
        // 1.05 HT × 10 % = 0.105 → 0.11; TTC 1.16
        var r = post("/api/v1/tva/convert", "{\"amount\":1.05,\"vatRate\":10,\"from\":\"HT\",\"date\":\"2026-01-01\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("exclVat"), "1.05");
        dec(r.tree().get("vat"), "0.11");
        dec(r.tree().get("inclVat"), "1.16");
        assertThat(r.tree().get("rule").asString()).contains("half-up");
        // 100 TTC / 1.20 = 83.33; TVA 16.67
        var t = post("/api/v1/tva/convert", "{\"amount\":100,\"vatRate\":20,\"from\":\"TTC\"}");
        dec(t.tree().get("exclVat"), "83.33");
        dec(t.tree().get("vat"), "16.67");
    }

    @Test
    void computes_a_ca3_with_an_intra_eu_acquisition_and_a_credit() {
        // sale 1 000 @20 % (200); purchase 5 000 @20 % (1 000); intra-EU goods 2 000 @20 % (400, self-assessed)
        // A1 1 000; B2 2 000; 08 base 3 000 tax 600; 17 400; 16 600; 20 1 000 + 400 = 1 400; 22 100; 23 1 500
        // 25 = 900; 26 = 0; 27 = 900
        var r = post("/api/v1/tva/returns/ca3", """
                {"period":{"from":"2026-01-01","to":"2026-01-31"},"previousCredit":100,
                 "operations":[
                  {"kind":"SALE","nature":"GOODS","invoiceDate":"2026-01-10","deliveryDate":"2026-01-10","lines":[{"base":1000,"vatRate":20}]},
                  {"kind":"PURCHASE","nature":"GOODS","invoiceDate":"2026-01-12","lines":[{"base":5000,"vatRate":20}]},
                  {"kind":"INTRA_EU_ACQUISITION","nature":"GOODS","invoiceDate":"2026-01-15","deliveryDate":"2026-01-14","lines":[{"base":2000,"vatRate":20}]}
                 ]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode b = r.tree().get("boxes");
        dec(b.get("A1").get("amount"), "1000");
        dec(b.get("B2").get("amount"), "2000");
        dec(b.get("08").get("base"), "3000");
        dec(b.get("08").get("tax"), "600");
        assertThat(b.get("08").has("amount")).isFalse();
        dec(b.get("16").get("amount"), "600");
        dec(b.get("17").get("amount"), "400");
        dec(b.get("20").get("amount"), "1400");
        dec(b.get("22").get("amount"), "100");
        dec(b.get("23").get("amount"), "1500");
        dec(b.get("25").get("amount"), "900");
        dec(b.get("27").get("amount"), "900");
        dec(r.tree().get("vatDue"), "0");
        dec(r.tree().get("creditCarriedForward"), "900");
        dec(r.tree().get("roundingDifference"), "0");
    }

    @Test
    void ca12_and_franchise() {
        // 3 000 → July 1 650, December 1 200; TVA N 4 000 → balance 1 150
        var r = post("/api/v1/tva/returns/ca12", "{\"year\":2026,\"previousYearVat\":3000,\"currentYearVat\":4000}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("julyInstalment"), "1650");
        dec(r.tree().get("decemberInstalment"), "1200");
        dec(r.tree().get("balance"), "1150");
        var f = post("/api/v1/tva/franchise", """
                {"activity":"SERVICES","date":"2026-06-30","previousYearTurnover":30000,"currentYearTurnover":42000}""");
        assertThat(f.status()).as(f.body()).isEqualTo(200);
        assertThat(f.tree().get("status").asString()).isEqualTo("LIABLE_FROM_EXCEEDING_DATE");
        dec(f.tree().get("thresholds").get("base"), "37500");
        dec(f.tree().get("thresholds").get("increased"), "41250");
        assertThat(f.tree().get("source").asString()).contains("293 B");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/tva/convert | {\"amount\":10.001,\"vatRate\":20,\"from\":\"HT\"} | amount",
            "/api/v1/tva/convert | {\"amount\":10,\"vatRate\":19,\"from\":\"HT\"} | vatRate",
            "/api/v1/tva/convert | {\"amount\":10,\"vatRate\":20} | from",
            "/api/v1/tva/returns/ca3 | {\"operations\":[]} | period",
            "/api/v1/tva/returns/ca3 | {\"period\":{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"},\"operations\":[{\"kind\":\"SALE\",\"nature\":\"GOODS\",\"invoiceDate\":\"2026-01-02\",\"lines\":[{\"base\":10,\"vatRate\":19}]}]} | operations[0].lines[0].vatRate",
            "/api/v1/tva/returns/ca3 | {\"period\":{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"},\"operations\":[{\"kind\":\"SALE\",\"nature\":\"GOODS\",\"invoiceDate\":\"2026-01-02\",\"lines\":[{\"base\":10.005,\"vatRate\":20}]}]} | operations[0].lines[0].base",
            "/api/v1/tva/returns/ca3 | {\"period\":{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"},\"operations\":[{\"kind\":\"SALE\",\"nature\":\"GOODS\",\"lines\":[{\"base\":10,\"vatRate\":20}]}]} | operations[0].invoiceDate",
            "/api/v1/tva/returns/ca3 | {\"period\":{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"},\"refundRequested\":50,\"operations\":[]} | refundRequested",
            "/api/v1/tva/returns/ca12 | {\"currentYearVat\":10} | previousYearVat",
            "/api/v1/tva/returns/ca12 | {\"year\":10000,\"previousYearVat\":1,\"currentYearVat\":10} | year",
            "/api/v1/tva/returns/ca12 | {\"year\":99999999999,\"previousYearVat\":1,\"currentYearVat\":10} | year",
            "/api/v1/tva/franchise | {\"date\":\"2026-01-01\",\"previousYearTurnover\":1,\"currentYearTurnover\":1} | activity",
            "/api/v1/tva/franchise | {\"activity\":\"GOODS\",\"date\":\"2024-01-01\",\"previousYearTurnover\":1,\"currentYearTurnover\":1} | date",
    })
    void bad_input_is_a_400_problem_naming_the_field(String path, String body, String field) {
        var r = post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().has("field")).as(r.body()).isTrue();
        assertThat(r.tree().get("field").asString()).isEqualTo(field);
        assertThat(r.tree().has("boxes")).isFalse();
    }

    @Test
    void exempt_sales_reach_e1_and_f2_and_a_0_percent_line_needs_its_exemption() {
        // export 1 000 → E1; intra-EU delivery 2 500.50 → F2 2 501; sale 100 @20 % → A1 100, 08 100 / 20
        var r = post("/api/v1/tva/returns/ca3", """
                {"period":{"from":"2026-01-01","to":"2026-01-31"},"operations":[
                  {"kind":"SALE","nature":"GOODS","invoiceDate":"2026-01-10","lines":[
                    {"base":1000,"vatRate":0,"exemption":"EXPORT"},{"base":100,"vatRate":20}]},
                  {"kind":"SALE","nature":"GOODS","invoiceDate":"2026-01-11","lines":[
                    {"base":2500.50,"vatRate":0,"exemption":"INTRA_EU_DELIVERY"}]}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode b = r.tree().get("boxes");
        dec(b.get("E1").get("amount"), "1000");
        dec(b.get("F2").get("amount"), "2501");
        dec(b.get("A1").get("amount"), "100");
        var bad = post("/api/v1/tva/returns/ca3", """
                {"period":{"from":"2026-01-01","to":"2026-01-31"},"operations":[
                  {"kind":"SALE","nature":"GOODS","invoiceDate":"2026-01-10","lines":[{"base":1000,"vatRate":0}]}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.tree().get("field").asString()).isEqualTo("operations[0].lines[0].exemption");
    }

    @Test
    void margin_vat_and_deduction() {
        // second-hand: 1 600 − 1 000 = 600 TTC; TVA 600 × 20/120 = 100.00
        var m = post("/api/v1/tva/margin", """
                {"regime":"SECOND_HAND_GOODS","salePrice":1600.00,"costs":1000.00,"vatRate":20,"date":"2026-03-15"}""");
        assertThat(m.status()).as(m.body()).isEqualTo(200);
        dec(m.tree().get("vat"), "100");
        dec(m.tree().get("marginExclVat"), "500");
        assertThat(m.tree().get("mention").asString()).isEqualTo("Régime particulier – Biens d'occasion");
        // a 75 € TTC gift in 2026 is above 73 €: its TVA 12.50 is not deductible at all
        var g = post("/api/v1/tva/deductible", """
                {"expense":"GIFT","vat":12.50,"giftValueInclVat":75.00,"date":"2026-03-15"}""");
        assertThat(g.status()).as(g.body()).isEqualTo(200);
        dec(g.tree().get("deductible"), "0");
        dec(g.tree().get("nonDeductible"), "12.50");
        // prorata from the turnovers: 600 000 / 800 000 = 0.75 → 750.00 of 1 000
        var p = post("/api/v1/tva/deductible", """
                {"expense":"STANDARD","vat":1000,"turnoverWithDeductionRight":600000,"totalTurnover":800000}""");
        dec(p.tree().get("deductible"), "750");
        dec(p.tree().get("taxation"), "0.75");
        var twice = post("/api/v1/tva/deductible", """
                {"expense":"STANDARD","vat":1000,"taxation":0.5,"turnoverWithDeductionRight":1,"totalTurnover":2}""");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.tree().get("field").asString()).isEqualTo("taxation");
    }
}
