package fr.agora.domain.workingtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: public holidays (C. trav. L3133-1; Easter from the Gregorian computus, dates checked against the
 * published calendars: Easter 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2038-04-25 — the latest possible,
 * 2008-03-23, Ascension 2008 on 1 May) and rests spanning midnight and week boundaries (L3131-1: 11 h in a row
 * daily; L3132-2: 24 h + 11 h = 35 h weekly), by hand.
 */
class WorkingTimeHandCheckedTest {

    static Worker adult(String id) {
        return new Worker(id, LocalDate.of(1990, 1, 1), 35 * 60, false, false, null, BigDecimal.TEN);
    }

    static Shift shift(String start, String end) {
        return new Shift("A", LocalDateTime.parse(start), LocalDateTime.parse(end), 0);
    }

    static List<Violation> check(List<Shift> shifts) {
        return new WorkingTimeChecker().check(new WorkingTimePlan(List.of(adult("A")), shifts, List.of(), 0,
                PublicHolidays.Region.METROPOLE)).violations();
    }

    @Test
    void easter_monday_and_the_moving_holidays() {
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        // Easter Monday 2024 falls on 1 April (the next month); Pentecost Monday 2026 = 5 April + 50 = 25 May
        assertThat(PublicHolidays.of(2024, PublicHolidays.Region.METROPOLE)).containsEntry(LocalDate.of(2024, 4, 1), "Lundi de Pâques");
        assertThat(PublicHolidays.of(2026, PublicHolidays.Region.METROPOLE)).containsEntry(LocalDate.of(2026, 5, 25), "Lundi de Pentecôte")
                .containsEntry(LocalDate.of(2026, 5, 14), "Ascension").hasSize(11);
        // 2008: Ascension (23 March + 39) is 1 May, the same day as the Fête du Travail: 10 distinct days
        assertThat(PublicHolidays.easterSunday(2008).plusDays(39)).isEqualTo(LocalDate.of(2008, 5, 1));
        assertThat(PublicHolidays.of(2008, PublicHolidays.Region.METROPOLE)).hasSize(10);
    }

    @Test
    void a_holiday_on_a_sunday_is_no_jour_ouvre_either_way() {
        // 1 November 2026 is a Sunday: not a jour ouvré (Sunday) nor ouvrable; Monday 2 November is a plain working day
        LocalDate toussaint = LocalDate.of(2026, 11, 1);
        assertThat(PublicHolidays.isHoliday(toussaint, PublicHolidays.Region.METROPOLE)).isTrue();
        assertThat(PublicHolidays.isJourOuvre(toussaint, PublicHolidays.Region.METROPOLE)).isFalse();
        assertThat(PublicHolidays.isJourOuvrable(toussaint, PublicHolidays.Region.METROPOLE)).isFalse();
        assertThat(PublicHolidays.isJourOuvre(toussaint.plusDays(1), PublicHolidays.Region.METROPOLE)).isTrue();
        // Alsace-Moselle: Good Friday 2026 = 3 April, Saint-Étienne 26 December
        assertThat(PublicHolidays.of(2026, PublicHolidays.Region.ALSACE_MOSELLE)).containsKeys(LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 12, 26)).hasSize(13);
    }

    @Test
    void daily_rest_across_midnight() {
        // Mon 14:00 → Tue 00:30, then Tue 11:00: rest 10 h 30 < 11 h → one DAILY_REST violation on Tuesday
        List<Violation> v = check(List.of(shift("2026-03-02T14:00", "2026-03-03T00:30"),
                shift("2026-03-03T11:00", "2026-03-03T15:00")));
        assertThat(v).filteredOn(x -> x.rule() == Rule.DAILY_REST).singleElement().satisfies(x -> {
            assertThat(x.day()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(x.measured()).isEqualByComparingTo("10.50");
        });
        // Tue 11:30 instead: exactly 11 h → no violation
        assertThat(check(List.of(shift("2026-03-02T14:00", "2026-03-03T00:30"),
                shift("2026-03-03T11:30", "2026-03-03T15:00")))).noneMatch(x -> x.rule() == Rule.DAILY_REST);
    }

    @Test
    void weekly_rest_across_the_week_boundary() {
        // Week of Mon 2 March: Mon–Fri 09:00–16:00, Sat 09:00–21:00 (12 h > 10 h: also a daily maximum), then the next
        // shift Mon 9 March 08:00: rest from Sat 21:00 = 35 h exactly → the weekly rest holds; a Sunday 06:00–07:00 shift
        // cuts it to 9 h and 25 h: WEEKLY_REST for the week of 2 March
        List<Shift> week = new java.util.ArrayList<>();
        for (int d = 2; d <= 6; d++) {
            week.add(shift("2026-03-0" + d + "T09:00", "2026-03-0" + d + "T16:00"));
        }
        week.add(shift("2026-03-07T09:00", "2026-03-07T21:00"));
        week.add(shift("2026-03-09T08:00", "2026-03-09T12:00"));
        week.add(shift("2026-03-16T08:00", "2026-03-16T12:00"));
        assertThat(check(week)).noneMatch(x -> x.rule() == Rule.WEEKLY_REST);
        week.add(6, shift("2026-03-08T06:00", "2026-03-08T07:00"));
        assertThat(check(week)).filteredOn(x -> x.rule() == Rule.WEEKLY_REST).extracting(Violation::day)
                .contains(LocalDate.of(2026, 3, 2));
    }
}
