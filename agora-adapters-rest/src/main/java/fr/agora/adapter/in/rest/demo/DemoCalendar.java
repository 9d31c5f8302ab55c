package fr.agora.adapter.in.rest.demo;

import fr.agora.domain.pfmp.CycleYear;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo cohort's calendar, laid out as a lycée professionnel lays out a Bac pro since the rentrée 2024
 * (arrêté du 21 novembre 2018 modifié par l'arrêté du 22 janvier 2024): in seconde two periods of 3 weeks (January,
 * June: 6 weeks), in première two of 4 weeks (November, March: 8 weeks), in terminale two of 3 weeks in the tronc
 * commun (late September–October, January: 6 weeks), the last one well before the exam session of May–June; 20
 * weeks over the cycle, those the exam requires. Every period starts on a Monday, ends on the Friday of its last
 * week and sits in school time (outside the zone C holidays of a usual year). The cohort chosen is the latest one
 * for which "today" has at least four periods behind it and one still ahead (three in January–March, when no cohort
 * has four), so the demo always shows past periods to read and a period to come.
 */
final class DemoCalendar {

    /** Per period: year offset from the seconde's rentrée, month, day on or after which it starts, weeks, cycle year. */
    private static final int[][] LAYOUT = {{1, 1, 12, 3, 0}, {1, 6, 1, 3, 0}, {1, 11, 10, 4, 1}, {2, 3, 9, 4, 1}, {2, 9, 29, 3, 2}, {3, 1, 5, 3, 2}};

    /** The cohort's rentrée in seconde, its periods, its exam session and how many periods ended before today. */
    record Plan(int rentree, List<PfmpPeriod> periods, int examSession, int ended, int started) {
        CycleYear cycleYear(PeriodCode code) {
            return CycleYear.values()[LAYOUT[code.ordinal()][4]];
        }
    }

    private DemoCalendar() {
    }

    static Plan plan(LocalDate today) {
        Plan fallback = null;
        for (int rentree = today.getYear(); rentree >= today.getYear() - 3; rentree--) {
            Plan p = of(rentree, today);
            if (p.started() < 6 && p.ended() >= 4) return p;
            if (fallback == null && p.started() < 6 && p.ended() >= 3) fallback = p;
        }
        return fallback;
    }

    static Plan of(int rentree, LocalDate today) {
        List<PfmpPeriod> periods = new ArrayList<>();
        int ended = 0;
        int started = 0;
        for (int i = 0; i < LAYOUT.length; i++) {
            int[] l = LAYOUT[i];
            LocalDate start = LocalDate.of(rentree + l[0], l[1], l[2]).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate end = start.plusWeeks(l[3]).minusDays(3);
            periods.add(new PfmpPeriod(PeriodCode.values()[i], start, end, l[3]));
            if (end.isBefore(today)) ended++;
            if (!start.isAfter(today)) started++;
        }
        return new Plan(rentree, periods, rentree + 3, ended, started);
    }
}
