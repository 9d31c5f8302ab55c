package fr.agora.domain.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact running totals in 1/500 h (weekly hours in hundredths × jours ouvrés): theoretical hours, absenteeism hours,
 * all absence hours, per kind and per month; and the work accidents with their calendar days lost.
 */
final class HoursTally {

    long theoretical;
    long absenteeism;
    long allAbsences;
    final long[] byKind = new long[AbsenceKind.values().length];
    final long[] monthTheoretical;
    final long[] monthAbsenteeism;
    int accidents;
    long accidentDaysLost;

    HoursTally(int months) {
        monthTheoretical = new long[months];
        monthAbsenteeism = new long[months];
    }

    void addTheoretical(StaffMember m, LocalDate from, LocalDate to, List<YearMonth> months, AbsenceHours calendar) {
        long weekly = weeklyHundredths(m);
        LocalDate s = max(m.hireDate(), from);
        LocalDate e = m.exitDate() == null ? to : min(m.exitDate(), to);
        if (e.isBefore(s)) {
            return;
        }
        theoretical += weekly * calendar.workingDays(s, e);
        spread(months, s, e, weekly, calendar, monthTheoretical);
    }

    void addAbsence(StaffMember m, Absence a, LocalDate from, LocalDate to, List<YearMonth> months, AbsenceHours calendar) {
        LocalDate s = max(max(a.from(), m.hireDate()), from);
        LocalDate e = min(m.exitDate() == null ? a.to() : min(a.to(), m.exitDate()), to);
        if (a.kind() == AbsenceKind.WORK_ACCIDENT && !a.from().isBefore(from) && !a.from().isAfter(to)) {
            accidents++;
        }
        if (e.isBefore(s)) {
            return;
        }
        long weekly = weeklyHundredths(m);
        long units = weekly * calendar.workingDays(s, e);
        allAbsences += units;
        byKind[a.kind().ordinal()] += units;
        if (a.kind() == AbsenceKind.WORK_ACCIDENT) {
            accidentDaysLost += ChronoUnit.DAYS.between(s, e) + 1;
        }
        if (a.kind().countsAsAbsenteeism()) {
            absenteeism += units;
            spread(months, s, e, weekly, calendar, monthAbsenteeism);
        }
    }

    List<BigDecimal> monthlyRates() {
        List<BigDecimal> out = new ArrayList<>(monthTheoretical.length);
        for (int i = 0; i < monthTheoretical.length; i++) {
            BigDecimal rate = Ratios.percent(monthAbsenteeism[i], monthTheoretical[i]);
            out.add(rate == null ? BigDecimal.ZERO.setScale(2) : rate);
        }
        return out;
    }

    private static void spread(List<YearMonth> months, LocalDate s, LocalDate e, long weekly, AbsenceHours calendar, long[] into) {
        YearMonth first = months.get(0);
        int i = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(s));
        int j = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(e));
        for (int k = i; k <= j; k++) {
            YearMonth ym = months.get(k);
            into[k] += weekly * calendar.workingDays(max(s, ym.atDay(1)), min(e, ym.atEndOfMonth()));
        }
    }

    private static long weeklyHundredths(StaffMember m) {
        return m.weeklyHours().movePointRight(2).longValueExact();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
