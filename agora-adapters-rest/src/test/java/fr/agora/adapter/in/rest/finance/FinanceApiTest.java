package fr.agora.adapter.in.rest.finance;

import static fr.agora.adapter.in.rest.stock.StockApiTest.dec;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/finance/… over real HTTP, and the OpenAPI examples of every finance endpoint. */
class FinanceApiTest extends ApiTestSupport {

    @Test
    void functional_balance_sheet() {
        var r = post("/api/v1/finance/functional-balance-sheet", FinanceDtos.BALANCE_SHEET_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        dec(t.get("stableResources"), "220000");
        dec(t.get("frng"), "40000");
        dec(t.get("operatingWcr"), "30000");
        dec(t.get("nonOperatingWcr"), "-2000");
        dec(t.get("wcr"), "28000");
        dec(t.get("netCash"), "12000");
        assertThat(t.get("identityHolds").asBoolean()).isTrue();
        var unbalanced = post("/api/v1/finance/functional-balance-sheet",
                FinanceDtos.BALANCE_SHEET_EXAMPLE.replace("\"cash\":15000", "\"cash\":16000"));
        assertThat(unbalanced.status()).as(unbalanced.body()).isEqualTo(422);
        assertThat(unbalanced.tree().get("type").asString()).endsWith("/unbalanced-balance-sheet");
    }

    @Test
    void sig_and_ratios() {
        var r = post("/api/v1/finance/sig", FinanceDtos.SIG_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("commercialMargin"), "210000");
        dec(r.tree().get("valueAdded"), "213000");
        dec(r.tree().get("grossOperatingSurplus"), "88000");
        dec(r.tree().get("operatingResult"), "63000");
        dec(r.tree().get("netResult"), "45000");
        var ratios = post("/api/v1/finance/ratios", FinanceDtos.RATIOS_EXAMPLE);
        assertThat(ratios.status()).as(ratios.body()).isEqualTo(200);
        dec(ratios.tree().get("currentRatio"), "2");
        dec(ratios.tree().get("gearing"), "0.67");
        dec(ratios.tree().get("commercialProfitability"), "7.5");
        dec(ratios.tree().get("customerPaymentDays"), "36");
        dec(ratios.tree().get("supplierPaymentDays"), "60");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/finance/functional-balance-sheet | {\"equity\":1} | bankOverdrafts",
            "/api/v1/finance/sig | {\"salesOfGoods\":-5} | salesOfGoods",
            "/api/v1/finance/ratios | {\"inventories\":1,\"tradeReceivables\":1,\"otherReceivables\":0,\"cash\":1,\"shortTermDebts\":1,\"equity\":1,\"financialDebts\":0,\"totalAssets\":3,\"netResult\":0,\"operatingResult\":0,\"turnoverExclVat\":1,\"salesInclVat\":1,\"purchasesInclVat\":1,\"tradePayables\":0,\"dayBasis\":362} | dayBasis",
    })
    void bad_input_is_a_400_naming_the_field(String path, String body, String field) {
        var r = post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().path("field").asString(r.tree().path("errors").path(0).path("field").asString()))
                .as(r.body()).isEqualTo(field);
    }

    @Test
    void every_finance_endpoint_has_a_request_example_in_the_openapi_document() {
        JsonNode paths = get("/v3/api-docs").tree().path("paths");
        for (String p : List.of("/api/v1/stock/ledger", "/api/v1/stock/replenishment", "/api/v1/stock/rotation",
                "/api/v1/stock/purchase-cost", "/api/v1/depreciation/schedule", "/api/v1/treasury/budget",
                "/api/v1/treasury/cash-count", "/api/v1/treasury/caf", "/api/v1/provisions/doubtful-receivables",
                "/api/v1/provisions/stock-depreciation", "/api/v1/finance/functional-balance-sheet",
                "/api/v1/finance/sig", "/api/v1/finance/ratios")) {
            JsonNode content = paths.path(p).path("post").path("requestBody").path("content").path("application/json");
            assertThat(content.path("examples").isEmpty()).as(p + " example").isFalse();
            assertThat(content.path("schema").path("$ref").asString()).as(p + " schema").isNotEmpty();
            assertThat(paths.path(p).path("post").path("operationId").asString()).as(p).isNotEmpty().doesNotEndWith("_1");
        }
    }
}
