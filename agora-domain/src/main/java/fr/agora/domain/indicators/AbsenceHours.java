package fr.agora.domain.indicators;

import fr.agora.domain.workingtime.PublicHolidays;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Counts jours ouvrés (Monday–Friday, public holidays excluded) in any sub-range of a period in constant time, from a
 * prefix sum built once; hours are then kept as exact integers in 1/500 h (weekly hours in hundredths × days, the
 * day being a fifth of the week) so that 10 000 people × a year of absences add up without rounding.
 */
final class AbsenceHours {

    private final LocalDate from;
    private final int[] prefix;

    AbsenceHours(LocalDate from, LocalDate to, PublicHolidays.Region region) {
        this.from = from;
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        prefix = new int[days + 1];
        LocalDate d = from;
        for (int i = 0; i < days; i++, d = d.plusDays(1)) {
            prefix[i + 1] = prefix[i] + (PublicHolidays.isJourOuvre(d, region) ? 1 : 0);
        }
    }

    /** Jours ouvrés in [a, b], both inside the period; 0 when b is before a. */
    int workingDays(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return 0;
        }
        int i = (int) ChronoUnit.DAYS.between(from, a);
        int j = (int) ChronoUnit.DAYS.between(from, b);
        return prefix[j + 1] - prefix[i];
    }
}
