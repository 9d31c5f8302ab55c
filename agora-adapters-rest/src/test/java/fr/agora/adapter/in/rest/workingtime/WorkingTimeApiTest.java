package fr.agora.adapter.in.rest.workingtime;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WorkingTimeApiTest extends ApiTestSupport {

    @Test
    void violations_name_rule_person_and_day() {
        var r = post("/api/v1/working-time/check", """
                {"workers":[{"id":"A","birthDate":"1990-04-12","contractWeeklyHours":35,"leaveBalanceDays":25},
                            {"id":"B","birthDate":"1988-01-20","contractWeeklyHours":24,"hourlyRate":13.00}],
                 "shifts":[{"workerId":"A","start":"2026-03-02T08:00:00","end":"2026-03-02T19:30:00","breakMinutes":60},
                           {"workerId":"B","start":"2026-03-02T09:00:00","end":"2026-03-02T16:30:00","breakMinutes":30},
                           {"workerId":"B","start":"2026-03-03T09:00:00","end":"2026-03-03T16:30:00","breakMinutes":30},
                           {"workerId":"B","start":"2026-03-04T09:00:00","end":"2026-03-04T16:30:00","breakMinutes":30},
                           {"workerId":"B","start":"2026-03-05T09:00:00","end":"2026-03-05T13:00:00","breakMinutes":0}],
                 "leaveRequests":[{"id":"R1","workerId":"A","from":"2026-03-09","to":"2026-03-14"},
                                  {"id":"R2","workerId":"B","from":"2026-03-12","to":"2026-03-12"}],
                 "minimumStaffing":1}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.tree();
        assertThat(t.get("compliant").asBoolean()).isFalse();
        JsonNode v = t.get("violations").get(0);
        assertThat(v.get("rule").asString()).isEqualTo("MAX_DAILY_HOURS");
        assertThat(v.get("article").asString()).isEqualTo("C. trav. L3121-18");
        assertThat(v.get("workerId").asString()).isEqualTo("A");
        assertThat(v.get("day").asString()).isEqualTo("2026-03-02");
        assertThat(v.get("measured").decimalValue()).isEqualByComparingTo("10.50");
        // B: 3 × 7 h + 4 h = 25 h on a 24-hour contract: 1 h complémentaire at +10 % (within 2 h 24): 13 × 1,10 = 14,30
        JsonNode hc = t.get("complementaryHours").get(0);
        assertThat(hc.get("hoursAt10Percent").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(hc.get("pay").decimalValue()).isEqualByComparingTo("14.30");
        // R1 granted (6 jours ouvrables of 25); R2 refused: B has no balance, and 2 people − A − B = 0 present < 1
        assertThat(t.get("leaveDecisions").get(0).get("granted").asBoolean()).isTrue();
        assertThat(t.get("leaveDecisions").get(0).get("daysRequested").asInt()).isEqualTo(6);
        assertThat(t.get("leaveDecisions").get(1).get("granted").asBoolean()).isFalse();
        assertThat(t.get("leaveDecisions").get(1).get("reasons").get(0).get("rule").asString()).isEqualTo("LEAVE_ENTITLEMENT");
        assertThat(t.get("leaveDecisions").get(1).get("reasons").get(1).get("rule").asString()).isEqualTo("MINIMUM_STAFFING");
    }

    @Test
    void bad_input_names_the_field() {
        var backwards = post("/api/v1/working-time/check", """
                {"workers":[{"id":"A","birthDate":"1990-04-12","contractWeeklyHours":35}],
                 "shifts":[{"workerId":"A","start":"2026-03-02T08:00:00","end":"2026-03-02T07:00:00"}]}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.tree().get("field").asString()).isEqualTo("shifts[0].end");
        var unknown = post("/api/v1/working-time/check", """
                {"workers":[{"id":"A","birthDate":"1990-04-12","contractWeeklyHours":35}],
                 "shifts":[{"workerId":"Z","start":"2026-03-02T08:00:00","end":"2026-03-02T10:00:00"}]}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.tree().get("field").asString()).isEqualTo("shifts[0].workerId");
        var hours = post("/api/v1/working-time/check", """
                {"workers":[{"id":"A","birthDate":"1990-04-12","contractWeeklyHours":39}],"shifts":[]}""");
        assertThat(hours.status()).isEqualTo(400);
        assertThat(hours.tree().get("field").asString()).isEqualTo("workers[0].contractWeeklyHours");
        var none = post("/api/v1/working-time/check", """
                {"workers":[],"shifts":[]}""");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.tree().get("field").asString()).isEqualTo("workers");
    }
}
