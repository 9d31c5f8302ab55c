package fr.agora.adapter.in.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** JSON strictness (issue 12 §7): what no endpoint can mean is a 400 naming the field, never stored or truncated. */
class StrictJsonApiTest extends ApiTestSupport {

    static String lettrage(String label) {
        return "{\"account\":\"411\",\"lines\":[{\"id\":\"F1\",\"date\":\"2026-04-01\",\"label\":" + label
                + ",\"debit\":100.00},{\"id\":\"P1\",\"date\":\"2026-04-10\",\"credit\":100.00}]}";
    }

    @Test
    void the_valid_requests_of_these_tests_pass() {
        assertThat(post("/api/v1/lettrage", lettrage("\"Facture\\n n°1\\tà payer\"")).status()).isEqualTo(200);
        assertThat(post("/api/v1/tva/returns/ca12", "{\"year\":2027,\"previousYearVat\":1000,\"currentYearVat\":1200}").status()).isEqualTo(200);
        assertThat(post("/api/v1/tva/convert", "{\"amount\":100,\"vatRate\":20,\"from\":\"HT\",\"date\":\"2026-01-01\"}").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NUL byte          | \"Fact\\u0000ure\"",
            "control character | \"Fact\\u0007ure\"",
            "spaces only       | \"   \"",
            "no-break spaces   | \"\\u00a0\\u00a0\\u202f\"",
            "lone surrogate    | \"a\\ud800b\""})
    void strings_no_one_can_mean_are_refused(String what, String label) {
        var r = post("/api/v1/lettrage", lettrage(label));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).isEqualTo("lines[0].label");
    }

    @Test
    void a_null_inside_a_list_is_refused_naming_its_index() {
        var r = post("/api/v1/lettrage", "{\"account\":\"411\",\"lines\":[{\"id\":\"F1\",\"date\":\"2026-04-01\",\"debit\":1.00},null]}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("lines[1]");
    }

    @Test
    void a_huge_value_is_not_echoed_back_in_full() {
        // found by the long fuzzing run: the reason quoted the whole value and two regular expressions over it were
        // quadratic (≈ 9 s of CPU for 18 000 characters); the reason is now cut before any processing
        var r = post("/api/v1/tva/franchise", "\"" + "x".repeat(20_000) + "\"");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("detail").asString().length()).isLessThan(1_000);
    }

    @Test
    void duplicate_keys_are_refused() {
        var r = post("/api/v1/tva/convert", "{\"amount\":100,\"amount\":200,\"vatRate\":20,\"from\":\"HT\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains("amount");
    }

    @Test
    void a_fraction_for_an_integer_is_refused_not_truncated() {
        var r = post("/api/v1/tva/returns/ca12", "{\"year\":2027.5,\"previousYearVat\":1000,\"currentYearVat\":1200}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("year");
    }

    @ParameterizedTest
    @CsvSource({"0000-01-01", "1582-10-10", "1899-12-31", "2200-01-01", "+10000-01-01", "-0001-01-01"})
    void dates_outside_the_sane_window_are_refused(String date) {
        var r = post("/api/v1/tva/convert", "{\"amount\":100,\"vatRate\":20,\"from\":\"HT\",\"date\":\"" + date + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("date");
    }

    @ParameterizedTest
    @CsvSource({"1e999999999", "1e-999999999", "123456789012345678901234567890", "0.000000000000000000000001"})
    void numbers_beyond_any_column_are_refused_before_computing(String number) {
        var r = post("/api/v1/tva/convert", "{\"amount\":" + number + ",\"vatRate\":20,\"from\":\"HT\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("amount");
    }
}
