package fr.agora.adapter.in.rest.lettrage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.adapter.in.rest.support.DocumentedExamples;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class LettrageApiTest extends ApiTestSupport {

    @Test
    void groups_write_off_and_partial() {
        var r = post("/api/v1/lettrage", """
                {"account":"411DUPONT","tolerance":0.50,"nextLetter":"Z","lines":[
                 {"id":"F1","date":"2026-04-01","label":"Facture","reference":"FA1","debit":100.00},
                 {"id":"P1","date":"2026-04-10","label":"Règlement","reference":"FA1","credit":99.70},
                 {"id":"F2","date":"2026-04-02","label":"Facture","reference":"FA2","debit":200.00},
                 {"id":"P2","date":"2026-04-11","label":"Acompte","reference":"FA2","credit":120.00},
                 {"id":"F3","date":"2026-04-03","label":"Facture","reference":"FA3","debit":50.00},
                 {"id":"P3","date":"2026-04-12","label":"Règlement","reference":"FA3","credit":50.00},
                 {"id":"F4","date":"2026-04-04","label":"Facture","debit":75.00}]}
                """);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        assertThat(t.get("groups").get(0).get("letter").asString()).isEqualTo("Z");
        assertThat(t.get("groups").get(0).get("writeOff").get("account").asString()).isEqualTo("658");
        assertThat(t.get("groups").get(0).get("writeOff").get("amount").decimalValue()).isEqualByComparingTo("0.30");
        assertThat(t.get("groups").get(1).get("letter").asString()).isEqualTo("AA");
        assertThat(t.get("partial").get(0).get("remaining").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(t.get("open").toString()).isEqualTo("[\"F4\"]");
        assertThat(t.get("nextLetter").asString()).isEqualTo("AB");
    }

    @Test
    void debit_and_credit_on_one_line_is_a_400_naming_it() {
        var r = post("/api/v1/lettrage", """
                {"account":"411","lines":[
                 {"id":"F1","date":"2026-04-01","debit":100.00},
                 {"id":"X","date":"2026-04-01","debit":1.00,"credit":1.00}]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).isEqualTo("lines[1]");
    }

    @Test
    void duplicate_line_id_is_a_400() {
        var r = post("/api/v1/lettrage", """
                {"account":"401","lines":[{"id":"A","date":"2026-04-01","debit":1.00},{"id":"A","date":"2026-04-01","credit":1.00}]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("lines[1].id");
    }

    /** 100.40 paid on 100.00, tolerance 0.50: letter A and a write-off of +0.40 D 411DUPONT / C 758 (never −0.40). */
    @Test
    void overpayment_write_off_as_documented() {
        DocumentedExamples.assertAnswers(post("/api/v1/lettrage", LettrageController.REQUEST_EXAMPLE),
                LettrageController.RESPONSE_EXAMPLE, json);
    }
}
