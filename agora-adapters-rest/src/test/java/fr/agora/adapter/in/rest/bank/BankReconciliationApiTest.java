package fr.agora.adapter.in.rest.bank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.adapter.in.rest.support.DocumentedExamples;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class BankReconciliationApiTest extends ApiTestSupport {

    /** Same figures as the domain's textbook test: 12 500 + 900 − 60 − 35 − 145 = 13 160 = 12 760 + 1 200 − 800. */
    @Test
    void textbook_etat_with_exact_figures() {
        var r = post("/api/v1/bank-reconciliations", """
                {"date":"2026-03-31","bookBalance":12500.00,"bankBalance":12760.00,
                 "bookEntries":[
                  {"id":"B1","date":"2026-03-05","label":"Chèque 2001","reference":"CHQ2001","amount":-300.00},
                  {"id":"B2","date":"2026-03-10","label":"Virement","amount":450.00},
                  {"id":"B3","date":"2026-03-12","label":"Remise 1","amount":100.00},
                  {"id":"B4","date":"2026-03-12","label":"Remise 2","amount":250.00},
                  {"id":"B5","date":"2026-03-28","label":"Chèque 1234","reference":"1234","amount":-800.00},
                  {"id":"B6","date":"2026-03-30","label":"Dépôt","amount":1200.00}],
                 "statementLines":[
                  {"id":"S1","date":"2026-03-08","label":"CHEQUE CHQ2001","amount":-300.00},
                  {"id":"S2","date":"2026-03-12","label":"VIR RECU","amount":450.00},
                  {"id":"S3","date":"2026-03-13","label":"REMISE CHEQUES","amount":350.00},
                  {"id":"S4","date":"2026-03-20","label":"VIR CLIENT","amount":900.00,"counterpartAccount":"411"},
                  {"id":"S5","date":"2026-03-31","label":"FRAIS","amount":-60.00,"counterpartAccount":"627","vatAmount":10.00},
                  {"id":"S6","date":"2026-03-31","label":"AGIOS","amount":-35.00,"counterpartAccount":"661"},
                  {"id":"S7","date":"2026-03-15","label":"PRLV EDF","amount":-145.00}],
                 "options":{"dateToleranceDays":5}}
                """);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        assertThat(t.get("matches")).hasSize(3);
        assertThat(t.get("matches").get(0).get("rule").asString()).isEqualTo("REFERENCE");
        assertThat(t.get("matches").get(2).get("bookEntryIds").toString()).isEqualTo("[\"B3\",\"B4\"]");
        assertThat(t.get("matches").get(2).get("rule").asString()).isEqualTo("MANY_ENTRIES_TO_ONE_LINE");
        assertThat(t.get("unmatchedBookEntries").toString()).isEqualTo("[\"B5\",\"B6\"]");
        assertThat(t.get("adjustedBookBalance").decimalValue()).isEqualByComparingTo("13160.00");
        assertThat(t.get("adjustedBankBalance").decimalValue()).isEqualByComparingTo("13160.00");
        assertThat(t.get("balanced").asBoolean()).isTrue();
        assertThat(t.get("difference").decimalValue()).isEqualByComparingTo("0");
        JsonNode fees = t.get("adjustingEntries").get(1).get("lines");
        assertThat(fees.get(0).get("account").asString()).isEqualTo("627");
        assertThat(fees.get(0).get("debit").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(fees.get(1).get("account").asString()).isEqualTo("44566");
        JsonNode edf = t.get("adjustingEntries").get(3);
        assertThat(edf.get("suspense").asBoolean()).isTrue();
        assertThat(edf.get("lines").get(0).get("account").asString()).isEqualTo("471");
    }

    @Test
    void duplicate_id_is_a_400_naming_the_item() {
        var r = post("/api/v1/bank-reconciliations", """
                {"date":"2026-03-31","bookBalance":0,"bankBalance":0,
                 "bookEntries":[{"id":"B1","date":"2026-03-05","amount":1.00},{"id":"B1","date":"2026-03-06","amount":2.00}],
                 "statementLines":[]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).isEqualTo("bookEntries[1].id");
    }

    @Test
    void date_out_of_range_is_a_400_naming_the_item() {
        var r = post("/api/v1/bank-reconciliations", """
                {"date":"2026-03-31","bookBalance":0,"bankBalance":0,"bookEntries":[],
                 "statementLines":[{"id":"S1","date":"2026-03-01","amount":1.00},{"id":"S2","date":"2026-04-02","amount":1.00}]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("statementLines[1].date");
    }

    /**
     * Issue 13, end to end: the transposed cheque (145 booked, 154 debited) is matched with a correction of −9 and
     * its entry D 401 / C 512; the supplier cheque and the URSSAF direct debit are a suggestion, not a match; the
     * état balances: 4 605 − 250 − 9 = 4 346 = 4 596 − 250. Entry lines print one side only.
     */
    @Test
    void transposition_and_contradicting_counterparty_as_documented() {
        DocumentedExamples.assertAnswers(post("/api/v1/bank-reconciliations", BankReconciliationController.REQUEST_EXAMPLE),
                BankReconciliationController.RESPONSE_EXAMPLE, json);
        JsonNode t = post("/api/v1/bank-reconciliations", BankReconciliationController.REQUEST_EXAMPLE).tree();
        JsonNode line = t.get("adjustingEntries").get(1).get("lines").get(0);
        assertThat(line.has("credit")).isFalse();
        assertThat(t.get("matches").get(0).get("explanation").asString()).contains("multiple of 9");
    }

    @Test
    void a_counterpart_account_that_is_not_an_account_number_is_a_400() {
        var r = post("/api/v1/bank-reconciliations", """
                {"date":"2026-03-31","bookBalance":0,"bankBalance":0,
                 "bookEntries":[{"id":"B1","date":"2026-03-05","amount":1.00,"counterpartAccount":"fournisseur"}],
                 "statementLines":[]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("bookEntries[0].counterpartAccount");
    }
}
