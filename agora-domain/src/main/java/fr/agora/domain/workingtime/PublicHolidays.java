package fr.agora.domain.workingtime;

import fr.agora.domain.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The French public holidays (jours fériés, C. trav. L3133-1) computed for any year: eleven in metropolitan France,
 * three of them from Easter (Lundi de Pâques = Easter + 1, Ascension = Easter + 39, Lundi de Pentecôte = Easter + 50),
 * plus Good Friday and Saint-Étienne (26 December) in Alsace-Moselle (L3134-13). Easter Sunday comes from the
 * Gregorian computus (the anonymous "Meeus/Jones/Butcher" algorithm): 2026-04-05, 2027-03-28.
 */
public final class PublicHolidays {

    /** Metropolitan France, or the three Alsace-Moselle départements (57, 67, 68) with their two extra days. */
    public enum Region { METROPOLE, ALSACE_MOSELLE }

    private static final Map<Long, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** The holidays of a year, by date, named in French. */
    public static Map<LocalDate, String> of(int year, Region region) {
        if (year < 1583 || year > 9999) {
            throw new InvalidInputException("date", "year out of the Gregorian calendar's range (1583–9999): " + year);
        }
        return CACHE.computeIfAbsent(year * 2L + region.ordinal(), k -> compute(year, region));
    }

    public static boolean isHoliday(LocalDate d, Region region) {
        return of(d.getYear(), region).containsKey(d);
    }

    /** A working day for the absenteeism and staffing counts: Monday to Friday, not a public holiday (jour ouvré). */
    public static boolean isJourOuvre(LocalDate d, Region region) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(d, region);
    }

    /** A jour ouvrable, the unit of congés payés: Monday to Saturday, not a public holiday (L3141-3). */
    public static boolean isJourOuvrable(LocalDate d, Region region) {
        return d.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(d, region);
    }

    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static Map<LocalDate, String> compute(int year, Region region) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> m = new TreeMap<>();
        m.put(LocalDate.of(year, 1, 1), "Jour de l'an");
        m.put(easter.plusDays(1), "Lundi de Pâques");
        m.put(LocalDate.of(year, 5, 1), "Fête du Travail");
        m.put(LocalDate.of(year, 5, 8), "Victoire 1945");
        m.put(easter.plusDays(39), "Ascension");
        m.put(easter.plusDays(50), "Lundi de Pentecôte");
        m.put(LocalDate.of(year, 7, 14), "Fête nationale");
        m.put(LocalDate.of(year, 8, 15), "Assomption");
        m.put(LocalDate.of(year, 11, 1), "Toussaint");
        m.put(LocalDate.of(year, 11, 11), "Armistice 1918");
        m.put(LocalDate.of(year, 12, 25), "Noël");
        if (region == Region.ALSACE_MOSELLE) {
            m.put(easter.minusDays(2), "Vendredi saint");
            m.put(LocalDate.of(year, 12, 26), "Saint-Étienne");
        }
        return Collections.unmodifiableMap(m);
    }
}
