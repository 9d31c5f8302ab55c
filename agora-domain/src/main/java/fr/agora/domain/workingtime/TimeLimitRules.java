package fr.agora.domain.workingtime;

import fr.agora.domain.workingtime.Violation.Severity;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The duration, rest and break rules for one worker's shifts (sorted by start). Days are the days shifts start on;
 * weeks are civil weeks, Monday 0 h to Sunday 24 h (L3121-35). The rest after the last shift is outside the
 * planning: it is assumed long enough. The 12-week average is checked on every window of 12
 * consecutive weeks inside the planning (weeks without a shift count as 0 h).
 */
final class TimeLimitRules {

    private final Worker worker;
    private final List<Shift> shifts;
    private final PublicHolidays.Region region;
    private final List<Violation> out;

    TimeLimitRules(Worker worker, List<Shift> shifts, PublicHolidays.Region region, List<Violation> out) {
        this.worker = worker;
        this.shifts = shifts;
        this.region = region;
        this.out = out;
    }

    static LocalDate weekStart(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    WorkingTimeLimits limitsOn(LocalDate day) {
        return worker.under18On(day) ? WorkingTimeLimits.UNDER_18 : WorkingTimeLimits.ADULT;
    }

    /** Runs every rule; returns the minutes worked per civil week (keyed by Monday) for the part-time rules. */
    TreeMap<LocalDate, Long> check() {
        TreeMap<LocalDate, Long> daily = new TreeMap<>();
        TreeMap<LocalDate, LocalDateTime[]> dayBounds = new TreeMap<>();
        LocalDateTime previousEnd = null;
        for (Shift s : shifts) {
            if (previousEnd != null && s.start().isBefore(previousEnd)) {
                add(Rule.OVERLAPPING_SHIFTS, Severity.VIOLATION, null, s.day(), null, null,
                        "shift starting " + s.start() + " overlaps the previous one");
            }
            previousEnd = previousEnd == null || s.end().isAfter(previousEnd) ? s.end() : previousEnd;
            daily.merge(s.day(), s.workMinutes(), Long::sum);
            dayBounds.merge(s.day(), new LocalDateTime[] {s.start(), s.end()},
                    (a, b) -> new LocalDateTime[] {a[0], b[1].isAfter(a[1]) ? b[1] : a[1]});
            checkBreak(s);
            checkNightAndHolidays(s);
        }
        TreeMap<LocalDate, Long> weekly = new TreeMap<>();
        daily.forEach((day, minutes) -> {
            WorkingTimeLimits l = limitsOn(day);
            if (minutes > l.maxDailyMinutes()) {
                add(Rule.MAX_DAILY_HOURS, Severity.VIOLATION, l.dailyArticle(), day, minutes, (long) l.maxDailyMinutes(),
                        "worked " + Hours.of(minutes) + " h on " + day + ", more than " + Hours.of(l.maxDailyMinutes()) + " h");
            }
            weekly.merge(weekStart(day), minutes, Long::sum);
        });
        checkDailyRest(dayBounds);
        checkWeekly(weekly);
        checkAverage(weekly);
        checkWeeklyRest(weekly);
        return weekly;
    }

    private void checkBreak(Shift s) {
        WorkingTimeLimits l = limitsOn(s.day());
        long work = s.workMinutes();
        // adults: a break once the day's work reaches 6 h; under 18: no more than 4 h 30 without one
        boolean needsBreak = l == WorkingTimeLimits.ADULT ? work >= l.breakAfterMinutes() : work > l.breakAfterMinutes();
        if (needsBreak && s.breakMinutes() < l.minBreakMinutes()) {
            add(Rule.BREAK, Severity.VIOLATION, l.breakArticle(), s.day(), (long) s.breakMinutes(), (long) l.minBreakMinutes(),
                    Hours.of(work) + " h of work with a " + s.breakMinutes() + "-minute break; at least "
                            + l.minBreakMinutes() + " minutes are due");
        }
    }

    private void checkNightAndHolidays(Shift s) {
        LocalDate day = s.day();
        WorkingTimeLimits l = limitsOn(day);
        if (l.nightStart() != null && overlapsNight(s, l.nightStart(), l.nightEnd())) {
            add(Rule.NIGHT_WORK_UNDER_18, Severity.VIOLATION, l.nightArticle(), day, null, null,
                    "a worker under 18 works between " + l.nightStart() + " and " + l.nightEnd());
        }
        String holiday = PublicHolidays.of(day.getYear(), region).get(day);
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

    private void checkDailyRest(TreeMap<LocalDate, LocalDateTime[]> dayBounds) {
        LocalDateTime lastEnd = null;
        for (Map.Entry<LocalDate, LocalDateTime[]> e : dayBounds.entrySet()) {
            if (lastEnd != null) {
                long rest = Duration.between(lastEnd, e.getValue()[0]).toMinutes();
                WorkingTimeLimits l = limitsOn(e.getKey());
                if (rest < l.minDailyRestMinutes()) {
                    add(Rule.DAILY_REST, Severity.VIOLATION, l.dailyRestArticle(), e.getKey(), Math.max(0, rest),
                            (long) l.minDailyRestMinutes(), "only " + Hours.of(Math.max(0, rest)) + " h of rest before "
                                    + e.getKey() + ", at least " + Hours.of(l.minDailyRestMinutes()) + " h are due");
                }
            }
            lastEnd = e.getValue()[1];
        }
    }

    private void checkWeekly(TreeMap<LocalDate, Long> weekly) {
        weekly.forEach((monday, minutes) -> {
            WorkingTimeLimits l = limitsOn(monday);
            if (minutes > l.maxWeeklyMinutes()) {
                add(Rule.MAX_WEEKLY_HOURS, Severity.VIOLATION, l.weeklyArticle(), monday, minutes, (long) l.maxWeeklyMinutes(),
                        "worked " + Hours.of(minutes) + " h in the week of " + monday + ", more than "
                                + Hours.of(l.maxWeeklyMinutes()) + " h");
            }
        });
    }

    private void checkAverage(TreeMap<LocalDate, Long> weekly) {
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
    private void checkWeeklyRest(TreeMap<LocalDate, Long> weekly) {
        Map<LocalDate, Long> longestRest = new TreeMap<>();
        LocalDateTime restStart = null;
        for (Shift s : shifts) {
            if (restStart != null && s.start().isAfter(restStart)) {
                longestRest.merge(weekStart(restStart.toLocalDate()), Duration.between(restStart, s.start()).toMinutes(), Math::max);
            }
            restStart = restStart == null || s.end().isAfter(restStart) ? s.end() : restStart;
        }
        LocalDate last = weekly.isEmpty() ? null : weekly.lastKey();
        weekly.forEach((monday, minutes) -> {
            if (monday.equals(last)) {
                return;
            }
            WorkingTimeLimits l = limitsOn(monday);
            long rest = longestRest.getOrDefault(monday, 0L);
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
