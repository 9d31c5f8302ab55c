package fr.agora.domain.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HrIndicatorCalculatorTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private final HrIndicatorCalculator calc = new HrIndicatorCalculator();

    private static StaffMember member(String id, Gender g, String birth, String hire, String exit, String hours, String gross) {
        return new StaffMember(id, g, LocalDate.parse(birth), LocalDate.parse(hire), exit == null ? null : LocalDate.parse(exit),
                new BigDecimal(hours), gross == null ? null : Money.of(gross));
    }

    private static List<StaffMember> fifteenFullTime() {
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            staff.add(member("S" + i, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, "1985-01-01", "2020-01-01", null, "35", null));
        }
        return staff;
    }

    @Test
    void payroll_course_absenteeism_example() {
        // bart-magazine.com "Calculer le pourcentage d'absence" (same case in the scribd course "Le calcul du taux
        // d'absentéisme"): 15 full-time employees (7 h a day), 6 days of absence in a month of 22 working days:
        // 6 × 7 = 42 h over 22 × 7 × 15 = 2 310 h = 1,818 % → 1,82 %.
        // March 2026 has 22 jours ouvrés (2–31 March, no public holiday); the absence runs Monday 9 to Monday 16
        // March: 5 + 1 = 6 jours ouvrés.
        List<Absence> absences = List.of(new Absence("S3", AbsenceKind.SICKNESS, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16)));
        HrIndicators hr = calc.compute(fifteenFullTime(), absences, MARCH_1, MARCH_31);
        assertThat(hr.absenteeism().theoreticalHours()).isEqualByComparingTo("2310.00");
        assertThat(hr.absenteeism().absenceHours()).isEqualByComparingTo("42.00");
        assertThat(hr.absenteeism().rate()).isEqualByComparingTo("1.82");
        assertThat(hr.absenteeism().basis()).contains("jours ouvrés").contains("weekly hours / 5");
        assertThat(hr.absenteeismRateByMonth().values()).containsExactly(new BigDecimal("1.82"));
    }

    @Test
    void planned_absences_are_not_absenteeism_but_reduce_hours_worked() {
        List<Absence> absences = List.of(
                new Absence("S1", AbsenceKind.PAID_LEAVE, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)),
                new Absence("S2", AbsenceKind.WORK_ACCIDENT, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22)));
        HrIndicators hr = calc.compute(fifteenFullTime(), absences, MARCH_1, MARCH_31);
        // absenteeism: only the accident, 5 jours ouvrés × 7 = 35 h / 2 310 = 1,515 % → 1,52
        assertThat(hr.absenteeism().absenceHours()).isEqualByComparingTo("35.00");
        assertThat(hr.absenteeism().rate()).isEqualByComparingTo("1.52");
        // hours worked = 2 310 − 35 (leave) − 35 (accident) = 2 240; TF = 1 × 1 000 000 / 2 240 = 446,428 → 446,43
        // TG = 7 calendar days × 1 000 / 2 240 = 3,125 → 3,13 (half up)
        assertThat(hr.workAccidents().hoursWorked()).isEqualByComparingTo("2240.00");
        assertThat(hr.workAccidents().frequencyRate()).isEqualByComparingTo("446.43");
        assertThat(hr.workAccidents().daysLost()).isEqualTo(7);
        assertThat(hr.workAccidents().severityRate()).isEqualByComparingTo("3.13");
    }

    @Test
    void headcounts_turnover_fte_and_equality() {
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < 20; i++) {   // 20 present on 1 January, 4 of them half-time (17,5 h)
            staff.add(member("P" + i, i < 12 ? Gender.FEMALE : Gender.MALE, "1980-06-15", "2015-09-01",
                    i == 0 ? "2026-04-30" : i == 1 ? "2026-09-30" : null, i < 4 ? "17.5" : "35", i < 12 ? "2000.00" : "2200.00"));
        }
        for (int i = 0; i < 4; i++) {    // hired in March and July
            staff.add(member("N" + i, Gender.MALE, "2001-02-01", i < 2 ? "2026-03-01" : "2026-07-01", null, "35", "2200.00"));
        }
        HrIndicators hr = calc.compute(staff, List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        // turnover: ((4 entries + 2 exits) / 2) / 20 = 15 %; entry rate 20 %, exit rate 10 %
        assertThat(hr.headcountAtStart()).isEqualTo(20);
        assertThat(hr.headcountAtEnd()).isEqualTo(22);
        assertThat(hr.turnover().turnoverRate()).isEqualByComparingTo("15.00");
        assertThat(hr.turnover().entryRate()).isEqualByComparingTo("20.00");
        assertThat(hr.turnover().exitRate()).isEqualByComparingTo("10.00");
        // month ends (an exit date is the last day present, so P0 still counts on 30 April and P1 on 30 September):
        // Jan 20, Feb 20, Mar 22, Apr 22, May 21, Jun 21, Jul 23, Aug 23, Sep 23, Oct 22, Nov 22, Dec 22 = 261 / 12 = 21,75
        assertThat(hr.averageHeadcount()).isEqualByComparingTo("21.75");
        // FTE on 31 December: P0 and P1 gone, P2, P3 half-time: 2 × 0,5 + 20 × 1 = 21
        assertThat(hr.fteAtEnd()).isEqualByComparingTo("21.00");
        // equality on 31 December: women P2..P11 = 10, men 8 + 4 = 12; pay 2 000 vs 2 200: gap 200 / 2 200 = 9,09 %
        assertThat(hr.genderEquality().women()).isEqualTo(10);
        assertThat(hr.genderEquality().men()).isEqualTo(12);
        assertThat(hr.genderEquality().womenShare()).isEqualByComparingTo("45.45");
        assertThat(hr.genderEquality().payGapPercent()).isEqualByComparingTo("9.09");
        // ages on 31 December 2026: 46 (born 1980) ×18 → "45–54", 25 (born 2001) ×4 → "25–34"
        assertThat(hr.agePyramid().get(1).values()).containsExactly(BigDecimal.ZERO, BigDecimal.valueOf(4), BigDecimal.ZERO,
                BigDecimal.valueOf(8), BigDecimal.ZERO);
        // seniority: 4 under a year, 18 with 11 years
        assertThat(hr.seniorityBands().values()).containsExactly(BigDecimal.valueOf(4), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.valueOf(18));
    }

    @Test
    void invalid_register_names_the_field() {
        assertThatThrownBy(() -> calc.compute(fifteenFullTime(),
                List.of(new Absence("nobody", AbsenceKind.SICKNESS, MARCH_1, MARCH_1)), MARCH_1, MARCH_31))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("absences[0].memberId");
        assertThatThrownBy(() -> member("x", Gender.MALE, "1990-01-01", "2020-01-01", "2019-01-01", "35", null))
                .extracting("field").isEqualTo("exitDate");
        assertThatThrownBy(() -> calc.compute(fifteenFullTime(), List.of(), MARCH_31, MARCH_1)).extracting("field").isEqualTo("to");
    }

    /**
     * Properties on random registers: the age bands (both genders) and the seniority bands each sum to the headcount at
     * the end date; headcount at end = at start + entries − exits; absenteeism hours never exceed theoretical hours.
     */
    @ParameterizedTest
    @ValueSource(longs = {7L, 1234L, 2026L, 99999L})
    void bands_sum_to_the_headcount(long seed) {
        Random r = new Random(seed);
        for (int run = 0; run < 20; run++) {
            List<StaffMember> staff = new ArrayList<>();
            List<Absence> absences = new ArrayList<>();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                LocalDate birth = LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28));
                LocalDate hire = birth.plusYears(16 + r.nextInt(30)).plusDays(r.nextInt(365));
                LocalDate exit = r.nextInt(4) == 0 ? hire.plusDays(r.nextInt(4000)) : null;
                staff.add(new StaffMember("M" + i, Gender.values()[r.nextInt(2)], birth, hire, exit,
                        BigDecimal.valueOf(1000 + r.nextInt(2500), 2), null));
                if (r.nextBoolean()) {
                    LocalDate from = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365));
                    absences.add(new Absence("M" + i, AbsenceKind.values()[r.nextInt(AbsenceKind.values().length)], from,
                            from.plusDays(r.nextInt(30))));
                }
            }
            HrIndicators hr = calc.compute(staff, absences, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            BigDecimal ages = hr.agePyramid().stream().flatMap(s -> s.values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal seniority = hr.seniorityBands().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(ages.intValueExact()).as("seed %d run %d", seed, run).isEqualTo(hr.headcountAtEnd());
            assertThat(seniority.intValueExact()).as("seed %d run %d", seed, run).isEqualTo(hr.headcountAtEnd());
            assertThat(hr.headcountAtEnd()).as("seed %d run %d", seed, run)
                    .isEqualTo(hr.headcountAtStart() + hr.turnover().entries() - hr.turnover().exits());
            assertThat(hr.genderEquality().women() + hr.genderEquality().men()).isEqualTo(hr.headcountAtEnd());
            assertThat(hr.absenteeism().absenceHours()).isLessThanOrEqualTo(hr.absenteeism().theoreticalHours());
        }
    }
}
