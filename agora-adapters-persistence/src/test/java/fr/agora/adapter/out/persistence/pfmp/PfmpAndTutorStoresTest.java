package fr.agora.adapter.out.persistence.pfmp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.out.persistence.support.JdbcStores;
import fr.agora.adapter.out.persistence.support.TestDatabases;
import fr.agora.adapter.out.persistence.tutor.JdbcTutorLinkStore;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.pfmp.AllowanceValidation;
import fr.agora.domain.pfmp.CycleYear;
import fr.agora.domain.pfmp.PfmpAttendance;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Money;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.tutor.TutorLink;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The attendance, allowance-validation and tutor-link stores on H2 and on a real PostgreSQL: round trips, tenancy, once-only, cascade. */
class PfmpAndTutorStoresTest {

    static final Uai A = Uai.of("0691234A");
    static final Uai B = Uai.of("0751234B");
    static final StudentId ALICE = StudentId.of("alice");
    static final Instant T = Instant.parse("2026-11-20T10:15:30.123Z");

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void attendance_and_validations_round_trip_once_within_the_school_and_go_with_the_student(TestDatabases.Engine engine) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.fresh(engine));
        seed(jdbc);
        JdbcPfmpAttendanceStore store = new JdbcPfmpAttendanceStore(jdbc);
        store.saveAttendance(new PfmpAttendance(ALICE, PeriodCode.P1, CycleYear.SECONDE, 1, 0));
        store.saveAttendance(new PfmpAttendance(ALICE, PeriodCode.P1, CycleYear.SECONDE, 2, 1));
        assertThat(store.loadAttendance(A, ALICE)).containsExactly(new PfmpAttendance(ALICE, PeriodCode.P1, CycleYear.SECONDE, 2, 1));
        assertThat(store.loadAttendance(B, ALICE)).isEmpty();

        AllowanceValidation v = new AllowanceValidation(ALICE, PeriodCode.P1, CycleYear.SECONDE, 17, Money.of("170.00"), "chef", T);
        assertThat(store.insertValidation(v)).isTrue();
        assertThat(store.insertValidation(new AllowanceValidation(ALICE, PeriodCode.P1, CycleYear.SECONDE, 18, Money.of("180.00"), "chef", T)))
                .isFalse();
        assertThat(store.loadValidations(A, ALICE)).containsExactly(v);
        assertThat(store.loadValidations(B, ALICE)).isEmpty();

        TutorLink link = new TutorLink("l1", A, ALICE, PeriodCode.P1, "tutor@host.fr", "a".repeat(64), T, T.plus(Duration.ofDays(30)), "prof",
                null, null, null);
        JdbcTutorLinkStore links = new JdbcTutorLinkStore(jdbc);
        links.insertLink(link);
        assertThat(links.loadByTokenHash("a".repeat(64))).contains(link);
        links.recordSubmission("l1", T.plusSeconds(60), "Très bien");
        links.revokeLink("l1", T.plusSeconds(120));
        links.revokeLink("l1", T.plusSeconds(999)); // the first revocation stands
        TutorLink after = links.loadLinksOfStudent(A, ALICE).get(0);
        assertThat(after.revokedAt()).isEqualTo(T.plusSeconds(120));
        assertThat(after.appreciation()).isEqualTo("Très bien");
        assertThat(links.loadLinksOfStudent(B, ALICE)).isEmpty();
        assertThat(links.loadByTokenHash("b".repeat(64))).isEmpty();

        jdbc.update("DELETE FROM eval_student WHERE id = ?", ALICE.value()); // RGPD erasure
        assertThat(store.loadAttendance(A, ALICE)).isEmpty();
        assertThat(store.loadValidations(A, ALICE)).isEmpty();
        assertThat(links.loadByTokenHash("a".repeat(64))).isEmpty();
    }

    private static void seed(JdbcTemplate jdbc) {
        JdbcStores s = JdbcStores.on(jdbc);
        CohortId cohort = new CohortId("c1");
        s.establishments().saveEstablishment(new Establishment(A, "Lycée A", AggregationPolicy.schoolDefault()));
        s.establishments().saveEstablishment(new Establishment(B, "Lycée B", AggregationPolicy.schoolDefault()));
        s.cohorts().saveCohort(new Cohort(cohort, A, "2nde AGOrA", "bacpro-agora", "test", 2028,
                List.of(new PfmpPeriod(PeriodCode.P1, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 30), 3))));
        s.students().saveStudents(List.of(new Student(ALICE, A, cohort, null, "DUPONT", "Alice")));
        s.placements().savePlacement(new Placement(ALICE, PeriodCode.P1, "Mairie", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr"));
    }
}
