package fr.agora.adapter.in.rest.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/invoices/compute and /check-mentions over real HTTP. */
class InvoiceApiTest extends ApiTestSupport {

    static final String TEXTBOOK = """
            {"date":"2026-03-15",
             "lines":[{"label":"Chaise","quantity":20,"unitPrice":100.00,"vatRate":20}],
             "reductions":[{"type":"REMISE","rate":10},{"type":"REMISE","rate":5}],
             "cashDiscountRate":2,"shipping":50,"deposit":500,"vatRounding":"PER_RATE","kind":"INVOICE"}""";

    static void dec(JsonNode n, String expected) {
        assertThat(n.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void computes_the_textbook_invoice_exactly() {
        // 2 000 − 10 % (200) = 1 800 − 5 % (90) = 1 710; escompte 2 % = 34.20 → 1 675.80; + port 50 = 1 725.80 HT
        // TVA 20 % = 345.16; TTC 2 070.96; acompte 500 → due 1 570.96
        var r = post("/api/v1/invoices/compute", TEXTBOOK);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        dec(t.get("gross"), "2000.00");
        assertThat(t.get("reductions")).hasSize(2);
        dec(t.get("reductions").get(0).get("amount"), "200.00");
        dec(t.get("reductions").get(1).get("netAfter"), "1710.00");
        dec(t.get("netCommercial"), "1710.00");
        dec(t.get("cashDiscount"), "34.20");
        dec(t.get("netFinancial"), "1675.80");
        dec(t.get("shipping"), "50.00");
        dec(t.get("vat").get(0).get("rate"), "20");
        dec(t.get("vat").get(0).get("base"), "1725.80");
        dec(t.get("vat").get(0).get("amount"), "345.16");
        dec(t.get("totalExclVat"), "1725.80");
        dec(t.get("totalVat"), "345.16");
        dec(t.get("totalInclVat"), "2070.96");
        dec(t.get("deposit"), "500.00");
        dec(t.get("amountDue"), "1570.96");
        assertThat(t.get("issuable").asBoolean()).isTrue();
        assertThat(t.get("problems")).isEmpty();
        assertThat(t.get("journalEntry").get("lines").get(0).get("account").asString()).isEqualTo("411");
        // exact decimals on the wire, never 2070.9600000001 or 2.07096E3
        assertThat(r.body()).contains("\"totalInclVat\":2070.96").contains("\"cashDiscount\":34.20");
    }

    @Test
    void per_line_rounding_and_an_empty_invoice() {
        var perLine = post("/api/v1/invoices/compute", """
                {"date":"2026-03-15","vatRounding":"PER_LINE","lines":[
                 {"label":"a","quantity":1,"unitPrice":1.05,"vatRate":10},
                 {"label":"b","quantity":1,"unitPrice":1.05,"vatRate":10},
                 {"label":"c","quantity":1,"unitPrice":1.05,"vatRate":10}]}""");
        // 3 × round(0.105) = 0.33 (per rate it would be round(0.315) = 0.32)
        dec(perLine.tree().get("totalVat"), "0.33");
        var empty = post("/api/v1/invoices/compute", "{\"lines\":[]}");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.tree().get("issuable").asBoolean()).isFalse();
        assertThat(empty.tree().get("problems").get(0).get("code").asString()).isEqualTo("EMPTY_INVOICE");
        dec(empty.tree().get("totalInclVat"), "0");
    }

    @Test
    void a_credit_note_reverses_the_entry() {
        var r = post("/api/v1/invoices/compute", """
                {"date":"2026-03-15","kind":"CREDIT_NOTE","lines":[{"label":"Retour","quantity":1,"unitPrice":100,"vatRate":20}]}""");
        assertThat(r.status()).isEqualTo(200);
        JsonNode first = r.tree().get("journalEntry").get("lines").get(0);
        assertThat(first.get("account").asString()).isEqualTo("709");
        dec(first.get("debit"), "100");
        dec(r.tree().get("totalInclVat"), "120");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // kind of bad input | body | field named
            "too many decimals in an amount | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10.001,\"vatRate\":20}]} | lines[0].unitPrice",
            "too many decimals in a rate | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":5.505}]} | lines[0].vatRate",
            "too many decimals in the escompte | {\"cashDiscountRate\":2.125,\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":20}]} | cashDiscountRate",
            "negative quantity | {\"lines\":[{\"label\":\"x\",\"quantity\":-1,\"unitPrice\":10,\"vatRate\":20}]} | lines[0].quantity",
            "unknown rate | {\"date\":\"2026-03-15\",\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":19}]} | lines[0].vatRate",
            "rate not in force on the date | {\"date\":\"2013-06-01\",\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":20}]} | lines[0].vatRate",
            "missing lines | {\"shipping\":10} | lines",
            "missing unit price | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"vatRate\":20}]} | lines[0].unitPrice",
            "missing reduction type | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":20}],\"reductions\":[{\"rate\":10}]} | reductions[0].type",
            "reduction with rate and amount | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":20}],\"reductions\":[{\"type\":\"REMISE\",\"rate\":10,\"amount\":1}]} | reductions[0].rate",
            "unknown enum value | {\"kind\":\"RECEIPT\",\"lines\":[]} | kind",
            "unknown property | {\"lines\":[],\"colour\":\"red\"} | colour",
            "quantity × price too large | {\"lines\":[{\"label\":\"x\",\"quantity\":999999999,\"unitPrice\":9999999999999.99,\"vatRate\":20}]} | lines[0].quantity",
            "not a number | {\"lines\":[{\"label\":\"x\",\"quantity\":\"two\",\"unitPrice\":10,\"vatRate\":20}]} | lines[0].quantity",
            "0 % line without exemption | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":20},{\"label\":\"y\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":0}]} | lines[1].exemption",
            "exemption on a taxed line | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":20,\"exemption\":\"EXPORT\"}]} | lines[0].exemption",
            "unknown exemption | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":0,\"exemption\":\"DUTY_FREE\"}]} | lines[0].exemption",
            "accessory without amount | {\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":20}],\"accessories\":[{\"kind\":\"PACKAGING\"}]} | accessories[0].amount",
            "TVA on receipts with goods | {\"vatOnReceipts\":true,\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":20}]} | vatOnReceipts",
    })
    void bad_input_is_a_400_problem_naming_the_field(String kind, String body, String field) {
        var r = post("/api/v1/invoices/compute", body);
        assertThat(r.status()).as(kind + ": " + r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).as(kind).isEqualTo(field);
        // nothing else happens: no computed figure leaks into the answer
        assertThat(r.tree().has("totalInclVat")).isFalse();
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void unknown_rate_has_its_own_problem_type() {
        var r = post("/api/v1/invoices/compute",
                "{\"date\":\"2026-03-15\",\"lines\":[{\"label\":\"x\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":19}]}");
        assertThat(r.tree().get("type").asString()).isEqualTo("/problems/unknown-vat-rate");
        assertThat(r.tree().get("rate").asString()).isEqualTo("19");
    }

    @Test
    void check_mentions_lists_what_is_missing() {
        var r = post("/api/v1/invoices/check-mentions", """
                {"number":"F2026-0042","previousNumber":"F2026-0041","issueDate":"2026-09-15",
                 "seller":{"name":"Agora SAS","address":"1 rue de Paris","siren":"404833048","vatNumber":"FR83404833048",
                           "legalForm":"SAS","shareCapital":10000,"registration":"RCS Paris"},
                 "buyer":{"name":"Client","address":"2 rue de Lyon","vatNumber":"FR11123456782"},
                 "businessCustomer":true,"totalExclVat":1000,"paymentDueDate":"2026-10-15","latePenaltyRate":12.45,
                 "cashDiscountTerms":"pas d'escompte","operationNature":"SERVICES"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        assertThat(t.get("complete").asBoolean()).isFalse();
        assertThat(t.get("missing").valueStream().map(m -> m.get("code").asString()).toList())
                .containsExactly("RECOVERY_INDEMNITY", "BUYER_SIREN");
        // CGI art. 1737 fines the tax mention only (BUYER_SIREN, 15 €); the 40 € indemnity is a Code de commerce
        // mention with its own sanction (until issue 13: 2 × 15 = 30)
        dec(t.get("potentialFine"), "15");
        assertThat(t.get("missing").get(0).get("basis").asString()).isEqualTo("COMMERCIAL");
        assertThat(t.get("commercialSanction").asString()).contains("L441-16");
    }

    @Test
    void port_on_a_mixed_invoice_with_an_export_line_and_the_journal_sides() {
        // export 1 000 (0 %) + 500 @20 %, port 30: 20.00 follows the export, 10.00 the 20 % line → TVA 102.00, TTC 1 632
        var r = post("/api/v1/invoices/compute", """
                {"date":"2026-03-15","shipping":30,"lines":[
                 {"label":"Machine","quantity":1,"unitPrice":1000,"vatRate":0,"exemption":"EXPORT"},
                 {"label":"Outil","quantity":1,"unitPrice":500,"vatRate":20}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        dec(t.get("totalVat"), "102");
        dec(t.get("totalInclVat"), "1632");
        assertThat(t.get("vat").get(1).get("exemption").asString()).isEqualTo("EXPORT");
        dec(t.get("accessorySplit").get(0).get("amount"), "10");
        dec(t.get("accessorySplit").get(1).get("amount"), "20");
        assertThat(t.get("mentions").get(0).asString()).isEqualTo("Exonération de TVA, art. 262 I du CGI");
        // each journal line has its amount on one side; the empty side is absent, never 0.00
        for (JsonNode l : t.get("journalEntry").get("lines")) {
            assertThat(l.has("debit") ^ l.has("credit")).as(l.toString()).isTrue();
        }
        assertThat(r.body()).doesNotContain("\"debit\":0").doesNotContain("\"credit\":0");
    }

    @Test
    void an_acompte_gives_its_entry_then_the_balance_entry() {
        // 1 000 HT @20 %, TTC 1 200; acompte 360 TTC: its TVA 60, HT 300; balance: D 411 840 + D 4191 300 = C 707 1 000 + C 44571 140
        var r = post("/api/v1/invoices/compute", """
                {"date":"2026-03-15","deposit":360,"lines":[{"label":"Table","quantity":1,"unitPrice":1000,"vatRate":20}]}""");
        JsonNode t = r.tree();
        dec(t.get("depositVat"), "60");
        dec(t.get("depositExclVat"), "300");
        assertThat(t.get("depositJournalEntry").get("lines").valueStream().map(l -> l.get("account").asString()).toList())
                .containsExactly("411", "4191", "44571");
        JsonNode balance = t.get("journalEntry").get("lines");
        assertThat(balance.valueStream().map(l -> l.get("account").asString()).toList()).containsExactly("411", "4191", "707", "44571");
        dec(balance.get(3).get("credit"), "140");
    }

    @Test
    void every_openapi_example_of_compute_is_accepted() {
        for (String example : new String[] {InvoiceController.TEXTBOOK, InvoiceController.MIXED, InvoiceController.EXEMPT,
                InvoiceController.ON_RECEIPTS}) {
            var r = post("/api/v1/invoices/compute", example);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.tree().get("issuable").asBoolean()).as(r.body()).isTrue();
        }
        JsonNode examples = get("/v3/api-docs").tree().path("paths").path("/api/v1/invoices/compute").path("post")
                .path("requestBody").path("content").path("application/json").path("examples");
        assertThat(examples.has("exportAndIntraEu")).as(examples.toString()).isTrue();
        assertThat(get("/v3/api-docs").tree().path("paths").path("/api/v1/invoices/compute").path("post")
                .path("operationId").asString()).isEqualTo("computeInvoice");
    }

    @Test
    void a_missing_customer_vat_number_on_an_intra_eu_delivery_is_flagged() {
        var r = post("/api/v1/invoices/compute", """
                {"date":"2026-03-15","lines":[{"label":"x","quantity":1,"unitPrice":100,"vatRate":0,"exemption":"INTRA_EU_DELIVERY"}]}""");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.tree().get("issuable").asBoolean()).isFalse();
        assertThat(r.tree().get("problems").get(0).get("field").asString()).isEqualTo("customerVatNumber");
    }
}
