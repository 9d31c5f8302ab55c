package fr.agora.domain.workingtime;

import fr.agora.domain.workingtime.Violation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The duration, rest and break rules for one worker's shifts (sorted by start). Days are the days shifts start on;
 * weeks are civil weeks, Monday 0 h to Sunday 24 h (L3121-35). The rest after the last shift is outside the
 * planning: it is assumed long enough. The 12-week average is checked on every window of 12
 * consecutive weeks inside the planning (weeks without a shift count as 0 h). Times are taken to the minute.
 *
 * <p>One pass over the sorted shifts, on epoch minutes and epoch days: shifts sorted by start have non-decreasing
 * days and weeks, so a day is a run of shifts, not a map lookup per shift (a year for 1 000 people is 260 000 shifts).
 */
final class TimeLimitRules {

    private static final int MINUTES_A_DAY = 1440;

    private final Worker worker;
    private final List<Shift> shifts;
    private final PublicHolidays.Region region;
    private final List<Violation> out;
    private final long adultFromDay;
    private final TreeMap<LocalDate, Long> weekly = new TreeMap<>();
    // the day being summed, and the previous worked day's last end (for the daily rest)
    private long dayWork;
    private long dayFirstStart;
    private long dayLastEnd;
    private long previousDayLastEnd = Long.MIN_VALUE;
    private LocalDate dayDate;

    TimeLimitRules(Worker worker, List<Shift> shifts, PublicHolidays.Region region, List<Violation> out) {
        this.worker = worker;
        this.shifts = shifts;
        this.region = region;
        this.out = out;
        this.adultFromDay = worker.birthDate().plusYears(18).toEpochDay();
    }

    /** The Monday of a civil week. */
    static LocalDate weekStart(LocalDate d) {
        return monday(weekIndex(d.toEpochDay()));
    }

    /** Weeks numbered from the one of 1 January 1970 (epoch day 0 is a Thursday; its Monday is day −3). */
    private static long weekIndex(long epochDay) {
        return Math.floorDiv(epochDay + 3, 7);
    }

    private static LocalDate monday(long week) {
        return LocalDate.ofEpochDay(week * 7 - 3);
    }

    private static long minutes(LocalDateTime t) {
        return t.toLocalDate().toEpochDay() * MINUTES_A_DAY + t.getHour() * 60L + t.getMinute();
    }

    private WorkingTimeLimits limitsOn(long epochDay) {
        return epochDay < adultFromDay ? WorkingTimeLimits.UNDER_18 : WorkingTimeLimits.ADULT;
    }

    WorkingTimeLimits limitsOn(LocalDate day) {
        return limitsOn(day.toEpochDay());
    }

    /** Runs every rule; returns the minutes worked per civil week (keyed by Monday) for the part-time rules. */
    TreeMap<LocalDate, Long> check() {
        int n = shifts.size();
        if (n == 0) {
            return weekly;
        }
        long[] start = new long[n];
        long[] end = new long[n];
        long maxEnd = Long.MIN_VALUE;
        long currentDay = Long.MIN_VALUE;
        Map<LocalDate, String> holidays = Map.of();
        int holidayYear = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Shift s = shifts.get(i);
            start[i] = minutes(s.start());
            end[i] = minutes(s.end());
            if (start[i] < maxEnd) {
                add(Rule.OVERLAPPING_SHIFTS, Severity.VIOLATION, null, s.day(), null, null,
                        "shift starting " + s.start() + " overlaps the previous one");
            }
            maxEnd = Math.max(maxEnd, end[i]);
            long day = Math.floorDiv(start[i], MINUTES_A_DAY);
            long work = end[i] - start[i] - s.breakMinutes();
            if (s.day().getYear() != holidayYear) {
                holidayYear = s.day().getYear();
                holidays = PublicHolidays.of(holidayYear, region);
            }
            checkBreak(s, limitsOn(day), work);
            checkNightAndHolidays(s, limitsOn(day), holidays.get(s.day()));
            if (day != currentDay) {
                closeDay(currentDay);
                currentDay = day;
                dayDate = s.day();
                dayWork = 0;
                dayFirstStart = start[i];
                dayLastEnd = end[i];
            }
            dayWork += work;
            dayLastEnd = Math.max(dayLastEnd, end[i]);
        }
        closeDay(currentDay);
        checkWeekly();
        checkAverage();
        checkWeeklyRest(start, end, maxEnd);
        return weekly;
    }

    /** The day's total against the daily maximum, its rest since the previous worked day, and its week's total. */
    private void closeDay(long day) {
        if (day == Long.MIN_VALUE) {
            return;
        }
        WorkingTimeLimits l = limitsOn(day);
        if (dayWork > l.maxDailyMinutes()) {
            add(Rule.MAX_DAILY_HOURS, Severity.VIOLATION, l.dailyArticle(), dayDate, dayWork, (long) l.maxDailyMinutes(),
                    "worked " + Hours.of(dayWork) + " h on " + dayDate + ", more than " + Hours.of(l.maxDailyMinutes()) + " h");
        }
        if (previousDayLastEnd != Long.MIN_VALUE) {
            long rest = Math.max(0, dayFirstStart - previousDayLastEnd);
            if (rest < l.minDailyRestMinutes()) {
                add(Rule.DAILY_REST, Severity.VIOLATION, l.dailyRestArticle(), dayDate, rest, (long) l.minDailyRestMinutes(),
                        "only " + Hours.of(rest) + " h of rest before " + dayDate + ", at least "
                                + Hours.of(l.minDailyRestMinutes()) + " h are due");
            }
        }
        previousDayLastEnd = dayLastEnd;
        weekly.merge(monday(weekIndex(day)), dayWork, Long::sum);
    }

    private void checkBreak(Shift s, WorkingTimeLimits l, long work) {
        // adults: a break once the day's work reaches 6 h; under 18: no more than 4 h 30 without one
        boolean needsBreak = l == WorkingTimeLimits.ADULT ? work >= l.breakAfterMinutes() : work > l.breakAfterMinutes();
        if (needsBreak && s.breakMinutes() < l.minBreakMinutes()) {
            add(Rule.BREAK, Severity.VIOLATION, l.breakArticle(), s.day(), (long) s.breakMinutes(), (long) l.minBreakMinutes(),
                    Hours.of(work) + " h of work with a " + s.breakMinutes() + "-minute break; at least "
                            + l.minBreakMinutes() + " minutes are due");
        }
    }

    private void checkNightAndHolidays(Shift s, WorkingTimeLimits l, String holiday) {
        LocalDate day = s.day();
        if (l.nightStart() != null && overlapsNight(s, l.nightStart(), l.nightEnd())) {
            add(Rule.NIGHT_WORK_UNDER_18, Severity.VIOLATION, l.nightArticle(), day, null, null,
                    "a worker under 18 works between " + l.nightStart() + " and " + l.nightEnd());
        }
        if (holiday != null && l.publicHolidaysForbidden()) {
            add(Rule.PUBLIC_HOLIDAY_UNDER_18, Severity.VIOLATION, l.publicHolidayArticle(), day, null, null,
                    "a worker under 18 works on a public holiday (" + holiday + ")");
        } else if (day.getMonthValue() == 5 && day.getDayOfMonth() == 1) {
            add(Rule.MAY_DAY_WORKED, Severity.WARNING, "C. trav. L3133-4, L3133-6", day, null, null,
                    "1 May is off unless the activity cannot stop; if so, the day is paid double");
        }
    }

    private static boolean overlapsNight(Shift s, LocalTime nightStart, LocalTime nightEnd) {
        LocalDate d = s.start().toLocalDate().minusDays(1);
        for (int i = 0; i < 3; i++, d = d.plusDays(1)) {
            LocalDateTime from = d.atTime(nightStart);
            LocalDateTime to = d.plusDays(1).atTime(nightEnd);
            if (s.start().isBefore(to) && s.end().isAfter(from)) {
                return true;
            }
        }
        return false;
    }

    private void checkWeekly() {
        weekly.forEach((monday, minutes) -> {
            WorkingTimeLimits l = limitsOn(monday);
            if (minutes > l.maxWeeklyMinutes()) {
                add(Rule.MAX_WEEKLY_HOURS, Severity.VIOLATION, l.weeklyArticle(), monday, minutes, (long) l.maxWeeklyMinutes(),
                        "worked " + Hours.of(minutes) + " h in the week of " + monday + ", more than "
                                + Hours.of(l.maxWeeklyMinutes()) + " h");
            }
        });
    }

    private void checkAverage() {
        if (weekly.isEmpty()) {
            return;
        }
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = weekly.firstKey(); !w.isAfter(weekly.lastKey()); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        int n = WorkingTimeLimits.ADULT.averageWeeks();
        long window = 0;
        for (int i = 0; i < weeks.size(); i++) {
            window += weekly.getOrDefault(weeks.get(i), 0L);
            if (i >= n) {
                window -= weekly.getOrDefault(weeks.get(i - n), 0L);
            }
            LocalDate last = weeks.get(i);
            WorkingTimeLimits l = limitsOn(last);
            if (i >= n - 1 && l.maxAverageWeeklyMinutes() != null && window > (long) l.maxAverageWeeklyMinutes() * n) {
                add(Rule.MAX_AVERAGE_WEEKLY_HOURS, Severity.VIOLATION, l.averageArticle(), last, window / n,
                        (long) l.maxAverageWeeklyMinutes(), "average of " + Hours.of(window / n) + " h a week over the "
                                + n + " weeks ending the week of " + last + ", more than 44 h");
            }
        }
    }

    /**
     * Each worked week needs one rest of 35 h in a row (48 h under 18); a rest counts for the week it starts in, so
     * that one weekend cannot serve two weeks. The last week is skipped: the rest after the last shift is unknown.
     */
    private void checkWeeklyRest(long[] start, long[] end, long maxEnd) {
        long firstWeek = weekIndex(Math.floorDiv(start[0], MINUTES_A_DAY));
        long[] longest = new long[(int) (weekIndex(Math.floorDiv(maxEnd, MINUTES_A_DAY)) - firstWeek + 1)];
        long restStart = end[0];
        for (int i = 1; i < start.length; i++) {
            if (start[i] > restStart) {
                int w = (int) (weekIndex(Math.floorDiv(restStart, MINUTES_A_DAY)) - firstWeek);
                longest[w] = Math.max(longest[w], start[i] - restStart);
            }
            restStart = Math.max(restStart, end[i]);
        }
        LocalDate last = weekly.lastKey();
        weekly.forEach((monday, minutes) -> {
            if (monday.equals(last)) {
                return;
            }
            WorkingTimeLimits l = limitsOn(monday);
            long rest = longest[(int) (weekIndex(monday.toEpochDay()) - firstWeek)];
            if (rest < l.minWeeklyRestMinutes()) {
                add(Rule.WEEKLY_REST, Severity.VIOLATION, l.weeklyRestArticle(), monday, rest, (long) l.minWeeklyRestMinutes(),
                        "longest rest starting in the week of " + monday + " is " + Hours.of(rest) + " h, at least "
                                + Hours.of(l.minWeeklyRestMinutes()) + " h in a row are due");
            }
        });
    }

    private void add(Rule rule, Severity severity, String article, LocalDate day, Long measured, Long limit, String message) {
        BigDecimal m = measured == null ? null : Hours.of(measured);
        BigDecimal lim = limit == null ? null : Hours.of(limit);
        out.add(new Violation(rule, severity, article, worker.id(), day, m, lim, message));
    }
}
