package fr.agora.adapter.in.rest.school;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.application.port.in.school.StudentPrivacyUseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The retention job erases the students of sessions ended more than N years ago, and only those. */
class RgpdPurgeJobApiTest extends SchoolApiTestSupport {

    @Autowired
    StudentPrivacyUseCase privacy;

    @Test
    void students_of_an_old_session_are_erased_and_recent_ones_kept() {
        School s = newSchool();
        String old = post(s.path("/cohorts"), "{\"name\":\"Tle 2019\",\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\","
                + "\"examSessionYear\":2019}", auth(s.admin())).tree().get("id").asString();
        String gone = createStudent(s, old, null, "Ancien", "Élève");
        String kept = createStudent(s, createCohort(s, "Récente"), null, "Récent", "Élève");

        // in 2026 with N = 5: 2026 − 2019 = 7 > 5 → erased; 2030 is in the future → kept
        int n = new RgpdPurgeJob(privacy, 5, Clock.fixed(Instant.parse("2026-09-01T01:30:00Z"), ZoneOffset.UTC)).purge();
        assertThat(n).isGreaterThanOrEqualTo(1);
        assertThat(get(s.path("/students/" + gone), auth(s.admin())).status()).isEqualTo(404);
        assertThat(get(s.path("/students/" + kept), auth(s.admin())).status()).isEqualTo(200);
        assertThat(get(s.path("/cohorts/" + old), auth(s.admin())).status()).isEqualTo(200);
    }
}
