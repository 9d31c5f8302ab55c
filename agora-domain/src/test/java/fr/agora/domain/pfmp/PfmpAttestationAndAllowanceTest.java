package fr.agora.domain.pfmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Money;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.shared.Uai;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PfmpAttestationAndAllowanceTest {

    static final StudentId ID = StudentId.of("stu-1");
    static final Uai UAI = Uai.of("0750001A");

    static PfmpPeriod period(PeriodCode code, String start, String end, int weeks) {
        return new PfmpPeriod(code, LocalDate.parse(start), LocalDate.parse(end), weeks);
    }

    static Placement placed(PeriodCode code) {
        return new Placement(ID, code, "Cabinet Martin", OrganisationKind.ENTREPRISE, "Mme Durand", "durand@example.fr");
    }

    static Cohort cohort(int session, List<PfmpPeriod> periods) {
        return new Cohort(new CohortId("c1"), UAI, "Tle AGOrA", "agora-2020", "1", session, periods);
    }

    static final Student STUDENT = new Student(ID, UAI, new CohortId("c1"), null, "Élève", "Zoé");

    @Test
    void plannedDaysAreJoursOuvresWithoutPublicHolidays() {
        // 4 Nov – 29 Nov 2024: 4 weeks × 5 = 20 weekdays, less Monday 11 November (Armistice) = 19
        assertThat(PfmpDays.plannedDays(period(PeriodCode.P1, "2024-11-04", "2024-11-29", 4))).isEqualTo(19);
        // 17 Nov – 12 Dec 2025: 20 weekdays, no holiday
        assertThat(PfmpDays.plannedDays(period(PeriodCode.P1, "2025-11-17", "2025-12-12", 4))).isEqualTo(20);
        assertThat(PfmpDays.weeks(23)).isEqualByComparingTo("4.6");
        assertThat(PfmpDays.weeks(0)).isEqualByComparingTo("0");
    }

    @Test
    void absencesWhateverTheirReasonAreNotDaysDoneAndTheAllowanceCountsOnlyDaysDone() {
        Cohort c = cohort(2026, List.of(period(PeriodCode.P5, "2025-11-17", "2025-12-12", 4)));
        PfmpAttestation a = PfmpAttestation.of(STUDENT, c, List.of(placed(PeriodCode.P5)),
                List.of(new PfmpAttendance(ID, PeriodCode.P5, CycleYear.TERMINALE, 2, 1)));
        // 20 planned − 3 absent = 17 days = 3.4 weeks; terminale 20 €/day → 340 €
        assertThat(a.lines()).singleElement().satisfies(l -> {
            assertThat(l.plannedDays()).isEqualTo(20);
            assertThat(l.daysDone()).isEqualTo(17);
            assertThat(l.weeksDone()).isEqualByComparingTo("3.4");
            assertThat(l.organisation()).isEqualTo("Cabinet Martin");
        });
        assertThat(a.requirement().requiredWeeks()).isEqualTo(20);
        assertThat(a.requirementMet()).isFalse();
        PfmpAllowance allowance = PfmpAllowance.of(a);
        assertThat(allowance.total()).isEqualTo(Money.of("340.00"));
        assertThat(allowance.line(PeriodCode.P5).dailyForfait()).isEqualTo(Money.of("20.00"));
    }

    @Test
    void theSchoolYearCapIsConsumedByEarlierPeriodsOfTheSameYear() {
        // première: P3 6 weeks (30 days) × 15 € = 450 €; P4 4 weeks (20 days) × 15 € = 300 €, of which 600 − 450 = 150 € paid
        Cohort c = cohort(2026, List.of(period(PeriodCode.P3, "2025-01-06", "2025-02-14", 6),
                period(PeriodCode.P4, "2025-05-05", "2025-06-06", 4)));
        // 5 May – 6 June 2025 holds 8 May, 29 May (Ascension) → 25 weekdays − 2 = 23 planned; 3 absent → 20
        PfmpAttestation a = PfmpAttestation.of(STUDENT, c, List.of(placed(PeriodCode.P3), placed(PeriodCode.P4)),
                List.of(new PfmpAttendance(ID, PeriodCode.P3, CycleYear.PREMIERE, 0, 0),
                        new PfmpAttendance(ID, PeriodCode.P4, CycleYear.PREMIERE, 0, 3)));
        assertThat(a.lines().get(1).plannedDays()).isEqualTo(23);
        PfmpAllowance allowance = PfmpAllowance.of(a);
        assertThat(allowance.line(PeriodCode.P3).amount()).isEqualTo(Money.of("450.00"));
        assertThat(allowance.line(PeriodCode.P4).uncapped()).isEqualTo(Money.of("300.00"));
        assertThat(allowance.line(PeriodCode.P4).amount()).isEqualTo(Money.of("150.00"));
        assertThat(allowance.line(PeriodCode.P4).capped()).isTrue();
        assertThat(allowance.total()).isEqualTo(Money.of("600.00"));
        assertThat(a.daysDone()).isEqualTo(50);
        assertThat(a.weeksDone()).isEqualByComparingTo(BigDecimal.TEN);
    }

    @Test
    void aPeriodNotYetAttestedCountsNothingAndAbsencesBeyondThePeriodAreRefused() {
        Cohort c = cohort(2024, List.of(period(PeriodCode.P1, "2025-11-17", "2025-12-12", 4)));
        PfmpAttestation a = PfmpAttestation.of(STUDENT, c, List.of(placed(PeriodCode.P1)), List.of());
        assertThat(a.lines()).singleElement().satisfies(l -> assertThat(l.attested()).isFalse());
        assertThat(a.requirement().requiredWeeks()).isEqualTo(22);
        assertThat(PfmpAllowance.of(a).total()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> PfmpAttestation.of(STUDENT, c, List.of(placed(PeriodCode.P1)),
                List.of(new PfmpAttendance(ID, PeriodCode.P1, CycleYear.SECONDE, 21, 0))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theTablesAreDatedAndSourced() {
        assertThat(PfmpWeeksRequirement.forExamSession(2024).requiredWeeks()).isEqualTo(22);
        assertThat(PfmpWeeksRequirement.forExamSession(2027).weeksPerYear().get(CycleYear.PREMIERE))
                .isEqualTo(new PfmpWeeksRequirement.WeeksRange(6, 8));
        assertThat(PfmpAllowanceRates.on(LocalDate.of(2023, 9, 1)).source()).contains("2023-765");
        assertThatThrownBy(() -> PfmpAllowanceRates.on(LocalDate.of(2023, 8, 31))).isInstanceOf(RuleViolationException.class);
    }
}
