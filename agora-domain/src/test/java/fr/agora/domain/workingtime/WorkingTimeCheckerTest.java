package fr.agora.domain.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One scenario per rule; 2026-03-02 is a Monday. */
class WorkingTimeCheckerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final WorkingTimeChecker checker = new WorkingTimeChecker();

    private static Worker adult(String id) {
        return new Worker(id, LocalDate.of(1990, 1, 1), 35 * 60, false, false, null, BigDecimal.TEN);
    }

    private static Worker partTime(String id, int weeklyHours, boolean agreement) {
        return new Worker(id, LocalDate.of(1990, 1, 1), weeklyHours * 60, false, agreement, Money.of("12.00"), null);
    }

    private static Shift shift(String w, LocalDate d, String from, String to, int breakMinutes) {
        LocalDateTime start = d.atTime(java.time.LocalTime.parse(from));
        LocalDateTime end = d.atTime(java.time.LocalTime.parse(to));
        return new Shift(w, start, end.isAfter(start) ? end : end.plusDays(1), breakMinutes);
    }

    /** Monday to Friday of {@code weeks} weeks from MONDAY, same hours every day. */
    private static List<Shift> weekdays(String w, int weeks, String from, String to, int breakMinutes) {
        return weekdays(MONDAY, w, weeks, from, to, breakMinutes);
    }

    private static List<Shift> weekdays(LocalDate monday, String w, int weeks, String from, String to, int breakMinutes) {
        List<Shift> out = new ArrayList<>();
        for (int i = 0; i < weeks * 7; i++) {
            LocalDate d = monday.plusDays(i);
            if (d.getDayOfWeek().getValue() <= 5) {
                out.add(shift(w, d, from, to, breakMinutes));
            }
        }
        return out;
    }

    private WorkingTimeReport check(List<Worker> workers, List<Shift> shifts) {
        return checker.check(new WorkingTimePlan(workers, shifts, List.of(), 0, null));
    }

    @Test
    void a_35_hour_week_is_compliant() {
        WorkingTimeReport r = check(List.of(adult("A")), weekdays("A", 3, "09:00", "17:00", 60));
        assertThat(r.violations()).isEmpty();
        assertThat(r.compliant()).isTrue();
    }

    @Test
    void more_than_10_hours_in_a_day() {
        // 08:00–19:30 with a one-hour break = 10 h 30 > 10 h (L3121-18)
        WorkingTimeReport r = check(List.of(adult("A")), List.of(shift("A", MONDAY, "08:00", "19:30", 60)));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.MAX_DAILY_HOURS);
            assertThat(v.article()).isEqualTo("C. trav. L3121-18");
            assertThat(v.workerId()).isEqualTo("A");
            assertThat(v.day()).isEqualTo(MONDAY);
            assertThat(v.measured()).isEqualByComparingTo("10.50");
            assertThat(v.limit()).isEqualByComparingTo("10.00");
        });
    }

    @Test
    void more_than_48_hours_in_a_week() {
        // 5 × (07:00–17:30 − 30 min) = 5 × 10 h = 50 h > 48 h (L3121-20), reported on the week's Monday
        WorkingTimeReport r = check(List.of(adult("A")), weekdays("A", 1, "07:00", "17:30", 30));
        assertThat(r.violations()).extracting(Violation::rule).containsExactly(Rule.MAX_WEEKLY_HOURS);
        assertThat(r.violations().get(0).measured()).isEqualByComparingTo("50.00");
    }

    @Test
    void more_than_44_hours_on_average_over_12_weeks() {
        // from Monday 5 January 2026 (no public holiday in the next 12 weeks):
        // 12 weeks of 5 × 9 h = 45 h: each week ≤ 48 h, but the 12-week average 45 h > 44 h (L3121-22): one window
        LocalDate jan5 = LocalDate.of(2026, 1, 5);
        WorkingTimeReport r = check(List.of(adult("A")), weekdays(jan5, "A", 12, "08:00", "17:30", 30));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.MAX_AVERAGE_WEEKLY_HOURS);
            assertThat(v.day()).isEqualTo(jan5.plusWeeks(11));
            assertThat(v.measured()).isEqualByComparingTo("45.00");
        });
        // 11 weeks only: no full window, nothing to report
        assertThat(check(List.of(adult("A")), weekdays(jan5, "A", 11, "08:00", "17:30", 30)).violations()).isEmpty();
    }

    @Test
    void less_than_11_hours_of_daily_rest() {
        // Monday 14:00–22:00, Tuesday 06:00–13:00: 8 h of rest < 11 h (L3131-1), reported on Tuesday
        WorkingTimeReport r = check(List.of(adult("A")), List.of(shift("A", MONDAY, "14:00", "22:00", 30),
                shift("A", MONDAY.plusDays(1), "06:00", "13:00", 30)));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.DAILY_REST);
            assertThat(v.day()).isEqualTo(MONDAY.plusDays(1));
            assertThat(v.measured()).isEqualByComparingTo("8.00");
            assertThat(v.limit()).isEqualByComparingTo("11.00");
        });
    }

    @Test
    void a_seven_day_week_has_no_35_hour_rest() {
        // week 1 Mon–Fri; week 2 every day 09:00–16:00 (6 h 30 with 30 min); week 3 Mon–Fri
        List<Shift> shifts = new ArrayList<>(weekdays("A", 3, "09:00", "16:00", 30));
        shifts.add(shift("A", MONDAY.plusDays(12), "09:00", "16:00", 30));
        shifts.add(shift("A", MONDAY.plusDays(13), "09:00", "16:00", 30));
        WorkingTimeReport r = check(List.of(adult("A")), shifts);
        // rests starting in week 2 are all 17 h (16:00 → 09:00): < 35 h (L3132-2)
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.WEEKLY_REST);
            assertThat(v.day()).isEqualTo(MONDAY.plusWeeks(1));
            assertThat(v.measured()).isEqualByComparingTo("17.00");
            assertThat(v.limit()).isEqualByComparingTo("35.00");
        });
    }

    @Test
    void breaks_after_6_hours() {
        // 6 h of work without a break: 20 min due (L3121-16); 5 h 59 needs none
        WorkingTimeReport r = check(List.of(adult("A")), List.of(shift("A", MONDAY, "08:00", "14:00", 0),
                shift("A", MONDAY.plusDays(1), "08:00", "13:59", 0)));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.BREAK);
            assertThat(v.day()).isEqualTo(MONDAY);
        });
    }

    @Test
    void stricter_limits_under_18() {
        Worker young = new Worker("Y", LocalDate.of(2009, 6, 1), 35 * 60, false, false, null, null);
        List<Shift> shifts = List.of(
                shift("Y", MONDAY, "08:00", "17:00", 30),                 // 8 h 30 > 8 h (L3162-1)
                shift("Y", MONDAY.plusDays(2), "08:00", "13:00", 20),     // 4 h 40 > 4 h 30 with 20 min < 30 (L3162-3)
                shift("Y", MONDAY.plusDays(3), "19:00", "23:00", 0),      // after 22:00 (L3163-2)
                shift("Y", LocalDate.of(2026, 5, 14), "09:00", "12:00", 0)); // Ascension (L3164-6)
        WorkingTimeReport r = check(List.of(young), shifts);
        assertThat(r.violations()).extracting(Violation::rule).containsExactly(Rule.MAX_DAILY_HOURS, Rule.BREAK,
                Rule.NIGHT_WORK_UNDER_18, Rule.PUBLIC_HOLIDAY_UNDER_18);
        assertThat(r.violations()).extracting(Violation::article).containsExactly("C. trav. L3162-1", "C. trav. L3162-3",
                "C. trav. L3163-2", "C. trav. L3164-6");
        // Wednesday 13:00 → Thursday 19:00 is fine, but the daily rest is 12 h under 18: Monday 17:00 → Wednesday is fine too
    }

    @Test
    void under_18_need_two_days_of_weekly_rest() {
        Worker young = new Worker("Y", LocalDate.of(2009, 6, 1), 35 * 60, false, false, null, null);
        List<Shift> shifts = new ArrayList<>();
        for (int i = 0; i < 13; i++) {   // Monday to Saturday, twice
            LocalDate d = MONDAY.plusDays(i);
            if (d.getDayOfWeek().getValue() <= 6) {
                shifts.add(shift("Y", d, "09:00", "13:00", 0));
            }
        }
        // 6 × 4 h = 24 h ≤ 35 h; Saturday 13:00 → Monday 09:00 = 44 h < 48 h (L3164-2); the last week is not judged
        WorkingTimeReport r = check(List.of(young), shifts);
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.WEEKLY_REST);
            assertThat(v.article()).isEqualTo("C. trav. L3164-2");
            assertThat(v.measured()).isEqualByComparingTo("44.00");
        });
    }

    @Test
    void may_day_is_a_warning_for_adults() {
        WorkingTimeReport r = check(List.of(adult("A")), List.of(shift("A", LocalDate.of(2026, 5, 1), "09:00", "12:00", 0)));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.MAY_DAY_WORKED);
            assertThat(v.severity()).isEqualTo(Violation.Severity.WARNING);
        });
        assertThat(r.compliant()).isTrue();
    }

    @Test
    void part_time_minimum_and_complementary_hours() {
        // contract 24 h, worked 4 × 7 h = 28 h: 4 h complémentaires, ceiling a tenth = 2 h 24 (L3123-28)
        // 2 h 24 at +10 %, 1 h 36 at +25 %: 12,00 × (2,4 × 1,10 + 1,6 × 1,25) = 12 × (2,64 + 2,00) = 55,68
        List<Shift> shifts = List.of(shift("P", MONDAY, "09:00", "16:30", 30), shift("P", MONDAY.plusDays(1), "09:00", "16:30", 30),
                shift("P", MONDAY.plusDays(2), "09:00", "16:30", 30), shift("P", MONDAY.plusDays(3), "09:00", "16:30", 30));
        WorkingTimeReport r = check(List.of(partTime("P", 24, false)), shifts);
        assertThat(r.violations()).extracting(Violation::rule).containsExactly(Rule.COMPLEMENTARY_HOURS_CEILING);
        assertThat(r.complementaryHours()).singleElement().satisfies(h -> {
            assertThat(h.hoursAt10Percent()).isEqualByComparingTo("2.40");
            assertThat(h.hoursAt25Percent()).isEqualByComparingTo("1.60");
            assertThat(h.pay().amount()).isEqualByComparingTo("55.68");
        });
        // with an agreement the ceiling is a third (8 h): same pay, no violation (L3123-20)
        assertThat(check(List.of(partTime("P", 24, true)), shifts).violations()).isEmpty();
        // a 20-hour contract without derogation is under the 24 h minimum (L3123-27)
        assertThat(check(List.of(partTime("Q", 20, true)), List.of(shift("Q", MONDAY, "09:00", "12:00", 0))).violations())
                .extracting(Violation::rule).containsExactly(Rule.PART_TIME_MINIMUM);
    }

    @Test
    void complementary_hours_priced_at_the_smic_and_never_reaching_35_hours() {
        Worker p = new Worker("P", LocalDate.of(1990, 1, 1), 30 * 60, false, true, null, null);
        // 5 × 7 h = 35 h: 5 h complémentaires (3 h at +10 %, 2 h at +25 %), the week reaches 35 h (L3123-9)
        // priced at the SMIC of March 2026 from the paie table, 12,02: 12,02 × (3 × 1,10 + 2 × 1,25) = 12,02 × 5,8 = 69,716 → 69,72
        WorkingTimeReport r = check(List.of(p), weekdays("P", 1, "09:00", "16:30", 30));
        assertThat(r.violations()).extracting(Violation::rule).containsExactly(Rule.PART_TIME_REACHES_LEGAL_DURATION);
        assertThat(r.complementaryHours().get(0).hourlyRate().amount()).isEqualByComparingTo("12.02");
        assertThat(r.complementaryHours().get(0).pay().amount()).isEqualByComparingTo("69.72");
    }

    @Test
    void leave_requests_against_entitlement_and_staffing() {
        Worker a = adult("A");
        Worker b = new Worker("B", LocalDate.of(1985, 5, 5), 35 * 60, false, false, null, new BigDecimal("3"));
        Worker c = adult("C");
        List<LeaveRequest> requests = List.of(
                new LeaveRequest("R1", "A", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15)),  // Mon–Sun: 6 jours ouvrables
                new LeaveRequest("R2", "B", LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13)), // A away: 1 left < 2
                new LeaveRequest("R3", "B", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 11))); // Easter Monday excluded: 5 > 3
        WorkingTimeReport r = checker.check(new WorkingTimePlan(List.of(a, b, c), List.of(), requests, 2, null));
        LeaveDecision r1 = r.leaveDecisions().get(0);
        assertThat(r1.granted()).isTrue();
        assertThat(r1.daysRequested()).isEqualTo(6);
        LeaveDecision r2 = r.leaveDecisions().get(1);
        assertThat(r2.granted()).isFalse();
        assertThat(r2.reasons()).extracting(Violation::rule).containsExactly(Rule.MINIMUM_STAFFING, Rule.MINIMUM_STAFFING);
        assertThat(r2.reasons()).extracting(Violation::day).containsExactly(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13));
        LeaveDecision r3 = r.leaveDecisions().get(2);
        assertThat(r3.daysRequested()).isEqualTo(5);
        assertThat(r3.reasons()).extracting(Violation::rule).containsExactly(Rule.LEAVE_ENTITLEMENT);
        assertThat(r.compliant()).isFalse();
    }

    @Test
    void unknown_worker_and_bad_shift_name_the_field() {
        assertThatThrownBy(() -> check(List.of(adult("A")), List.of(shift("Z", MONDAY, "09:00", "12:00", 0))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("shifts[0].workerId");
        assertThatThrownBy(() -> new Shift("A", MONDAY.atTime(9, 0), MONDAY.atTime(8, 0), 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("end");
        assertThatThrownBy(() -> check(List.of(adult("A"), adult("A")), List.of()))
                .extracting("field").isEqualTo("workers[1].id");
    }

    @Test
    void overlapping_shifts_are_reported() {
        WorkingTimeReport r = check(List.of(adult("A")), List.of(shift("A", MONDAY, "08:00", "12:00", 0),
                shift("A", MONDAY, "11:00", "13:00", 0)));
        assertThat(r.violations()).extracting(Violation::rule).contains(Rule.OVERLAPPING_SHIFTS);
    }

    @Test
    void dates_and_span_are_bounded() {
        assertThatThrownBy(() -> new Shift("A", LocalDateTime.of(1, 1, 1, 8, 0), LocalDateTime.of(1, 1, 1, 9, 0), 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("start");
        List<Shift> far = List.of(shift("A", MONDAY, "09:00", "12:00", 0), shift("A", MONDAY.plusYears(3), "09:00", "12:00", 0));
        assertThatThrownBy(() -> check(List.of(adult("A")), far)).extracting("field").isEqualTo("shifts[1].start");
    }
}
