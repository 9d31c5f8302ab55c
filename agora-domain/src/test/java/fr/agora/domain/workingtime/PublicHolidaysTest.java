package fr.agora.domain.workingtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2000,2000-04-23", "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05",
            "2027,2027-03-28", "2038,2038-04-25"})
    void easter_sunday(int year, LocalDate easter) {
        // published Easter dates (Gregorian calendar); 2038-04-25 is the latest possible date
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void the_2026_holidays() {
        var h = PublicHolidays.of(2026, PublicHolidays.Region.METROPOLE);
        // Easter 5 April 2026 → Monday 6 April, Ascension 14 May (+39), Whit Monday 25 May (+50)
        assertThat(h).hasSize(11).containsKeys(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 12, 25));
        var alsace = PublicHolidays.of(2026, PublicHolidays.Region.ALSACE_MOSELLE);
        assertThat(alsace).hasSize(13).containsKeys(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 26));
    }

    @Test
    void working_day_kinds() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        assertThat(PublicHolidays.isJourOuvre(saturday, PublicHolidays.Region.METROPOLE)).isFalse();
        assertThat(PublicHolidays.isJourOuvrable(saturday, PublicHolidays.Region.METROPOLE)).isTrue();
        assertThat(PublicHolidays.isJourOuvrable(LocalDate.of(2026, 4, 6), PublicHolidays.Region.METROPOLE)).isFalse();
    }
}
