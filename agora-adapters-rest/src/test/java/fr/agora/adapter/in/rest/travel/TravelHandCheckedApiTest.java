package fr.agora.adapter.in.rest.travel;

import static fr.agora.adapter.in.rest.stock.StockApiTest.dec;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** Audit 2026-12: the 20 000 km bracket boundary of TravelHandCheckedTest over real HTTP. */
class TravelHandCheckedApiTest extends ApiTestSupport {

    @Test
    void twenty_thousand_km_stay_in_the_middle_bracket() {
        // 20 000 × 0.357 + 1 395 = 8 535.00; 20 001 × 0.427 = 8 540.427 → 8 540.43
        var r = post("/api/v1/travel/mileage-allowance", """
                {"year":2025,"vehicle":"CAR","fiscalHorsepower":5,"distanceKm":20000,"electric":false}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        dec(r.tree().get("amount"), "8535.00");
        var over = post("/api/v1/travel/mileage-allowance", """
                {"year":2025,"vehicle":"CAR","fiscalHorsepower":5,"distanceKm":20001,"electric":false}""");
        dec(over.tree().get("amount"), "8540.43");
    }
}
