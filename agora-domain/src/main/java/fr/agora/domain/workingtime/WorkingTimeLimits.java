package fr.agora.domain.workingtime;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The legal limits of working time for one category of worker, with the article of the Code du travail behind
 * each (durations in minutes). Adults: L3121-18 (10 h a day), L3121-20 (48 h in a week), L3121-22 (44 h on average
 * over 12 consecutive weeks), L3131-1 (11 h daily rest), L3132-2 (24 h + 11 h = 35 h weekly rest), L3121-16
 * (20 min after 6 h). Workers under 18, apprentices included: L3162-1 (8 h a day, 35 h a week), L3164-1 (12 h daily
 * rest), L3164-2 (two consecutive days of weekly rest), L3162-3 (30 min after 4 h 30), L3163-2 (no night work
 * 22 h–6 h), L3164-6 (no work on public holidays). Derogations (conventions, inspection du travail) are not modelled.
 */
public record WorkingTimeLimits(String category, LocalDate inForceFrom, int maxDailyMinutes, String dailyArticle,
        int maxWeeklyMinutes, String weeklyArticle, Integer maxAverageWeeklyMinutes, int averageWeeks,
        String averageArticle, int minDailyRestMinutes, String dailyRestArticle, int minWeeklyRestMinutes,
        String weeklyRestArticle, int breakAfterMinutes, int minBreakMinutes, String breakArticle,
        LocalTime nightStart, LocalTime nightEnd, String nightArticle, boolean publicHolidaysForbidden,
        String publicHolidayArticle) {

    /** Recodified by loi n° 2016-1088 du 8 août 2016 (in force 10 August 2016). */
    private static final LocalDate LOI_TRAVAIL = LocalDate.of(2016, 8, 10);

    public static final WorkingTimeLimits ADULT = new WorkingTimeLimits("ADULT", LOI_TRAVAIL,
            600, "C. trav. L3121-18", 48 * 60, "C. trav. L3121-20", 44 * 60, 12, "C. trav. L3121-22",
            11 * 60, "C. trav. L3131-1", 35 * 60, "C. trav. L3132-2", 6 * 60, 20, "C. trav. L3121-16",
            null, null, null, false, null);

    public static final WorkingTimeLimits UNDER_18 = new WorkingTimeLimits("UNDER_18", LOI_TRAVAIL,
            8 * 60, "C. trav. L3162-1", 35 * 60, "C. trav. L3162-1", null, 12, null,
            12 * 60, "C. trav. L3164-1", 48 * 60, "C. trav. L3164-2", 270, 30, "C. trav. L3162-3",
            LocalTime.of(22, 0), LocalTime.of(6, 0), "C. trav. L3163-2", true, "C. trav. L3164-6");
}
