package fr.agora.adapter.in.rest.depreciation;

import static fr.agora.adapter.in.rest.stock.StockApiTest.dec;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** Audit 2026-12: the 30/360 edge cases of DepreciationHandCheckedTest over real HTTP (see docs/audit-2026-12.md). */
class DepreciationHandCheckedApiTest extends ApiTestSupport {

    @Test
    void last_day_of_february_and_a_fiscal_year_ending_28_february() {
        // 28/02/2025 (last day) → 31/12: 1 + 10 × 30 = 301 days; 1 200 × 301/360 = 1 003.33
        var r = post("/api/v1/depreciation/schedule", """
                {"method":"STRAIGHT_LINE","cost":3600,"usefulLifeYears":3,"inServiceDate":"2025-02-28"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.tree().get("years").get(0).get("prorata").asString()).isEqualTo("301/360");
        dec(r.tree().get("years").get(0).get("annuity"), "1003.33");
        // fiscal year 01/03/2023 → 28/02/2024 (leap year), in service on its first day: 3 whole annuities of 1 200
        var leap = post("/api/v1/depreciation/schedule", """
                {"method":"STRAIGHT_LINE","cost":3600,"usefulLifeYears":3,"inServiceDate":"2023-03-01","fiscalYearEnd":"02-28"}""");
        assertThat(leap.status()).as(leap.body()).isEqualTo(200);
        assertThat(leap.tree().get("years")).hasSize(3);
        dec(leap.tree().get("years").get(0).get("annuity"), "1200");
    }
}
