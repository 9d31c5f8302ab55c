package fr.agora.domain.indicators;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.workingtime.PublicHolidays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HR indicators from a staff register and its absences over a period (see docs/personnel.md §4 for each formula and
 * its source). Headcount at a date counts the people present that day (hired on or before, not yet gone); the
 * average headcount is the mean of the month-end headcounts (the bilan social's convention); FTE = Σ weekly hours /
 * 35; absenteeism = absence hours / theoretical hours × 100, both on jours ouvrés × weekly hours / 5.
 *
 * <pre>{@code
 * HrIndicators hr = new HrIndicatorCalculator().compute(register, absences, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
 * }</pre>
 */
public final class HrIndicatorCalculator {

    public static final int MAX_PERIOD_DAYS = 5 * 366;
    static final List<String> AGE_BANDS = List.of("< 25", "25–34", "35–44", "45–54", "55 +");
    static final List<String> SENIORITY_BANDS = List.of("< 1 year", "1–2 years", "3–4 years", "5–9 years", "10 years +");
    private static final BigDecimal UNITS_PER_HOUR = BigDecimal.valueOf(500);
    private static final BigDecimal FULL_TIME = BigDecimal.valueOf(35);

    private final PublicHolidays.Region region;

    public HrIndicatorCalculator() {
        this(PublicHolidays.Region.METROPOLE);
    }

    public HrIndicatorCalculator(PublicHolidays.Region region) {
        this.region = region;
    }

    public HrIndicators compute(List<StaffMember> register, List<Absence> absences, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new InvalidInputException("to", "from and to are required, to on or after from, five years at most");
        }
        if (from.getYear() < 1900 || to.getYear() > 2999) {
            throw new InvalidInputException("from", "the period lies between 1900 and 2999");
        }
        Map<String, StaffMember> byId = new HashMap<>(register.size() * 2);
        for (int i = 0; i < register.size(); i++) {
            if (byId.putIfAbsent(register.get(i).id(), register.get(i)) != null) {
                throw new InvalidInputException("staff[" + i + "].id", "duplicate id " + register.get(i).id());
            }
        }
        List<YearMonth> months = months(from, to);
        AbsenceHours calendar = new AbsenceHours(from, to, region);
        HoursTally tally = new HoursTally(months.size());
        for (StaffMember m : register) {
            tally.addTheoretical(m, from, to, months, calendar);
        }
        for (int i = 0; i < absences.size(); i++) {
            Absence a = absences.get(i);
            StaffMember m = byId.get(a.memberId());
            if (m == null) {
                throw new InvalidInputException("absences[" + i + "].memberId", "no staff member " + a.memberId());
            }
            tally.addAbsence(m, a, from, to, months, calendar);
        }
        List<BigDecimal> monthEnds = new ArrayList<>(months.size());
        for (YearMonth ym : months) {
            LocalDate end = ym.atEndOfMonth().isAfter(to) ? to : ym.atEndOfMonth();
            monthEnds.add(BigDecimal.valueOf(headcount(register, end)));
        }
        BigDecimal average = monthEnds.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(months.size()), 2, RoundingMode.HALF_UP);
        int atStart = headcount(register, from);
        List<String> monthLabels = months.stream().map(YearMonth::toString).toList();
        return new HrIndicators(from, to, atStart, headcount(register, to), average,
                "mean of the headcounts on the last day of each month of the period (" + months.size() + " months)",
                fte(register, to), turnover(register, from, to, atStart), absenteeism(tally), accidents(tally),
                gender(register, to), new ChartSeries("headcount", "people", monthLabels, monthEnds),
                new ChartSeries("absenteeism rate", "%", monthLabels, tally.monthlyRates()),
                agePyramid(register, to), seniority(register, to));
    }

    public static int headcount(List<StaffMember> register, LocalDate d) {
        int n = 0;
        for (StaffMember m : register) {
            if (m.presentOn(d)) {
                n++;
            }
        }
        return n;
    }

    private static BigDecimal fte(List<StaffMember> register, LocalDate d) {
        BigDecimal hours = BigDecimal.ZERO;
        for (StaffMember m : register) {
            if (m.presentOn(d)) {
                hours = hours.add(m.weeklyHours());
            }
        }
        return hours.divide(FULL_TIME, 2, RoundingMode.HALF_UP);
    }

    private static HrIndicators.Turnover turnover(List<StaffMember> register, LocalDate from, LocalDate to, int atStart) {
        int entries = 0;
        int exits = 0;
        for (StaffMember m : register) {
            if (m.hireDate().isAfter(from) && !m.hireDate().isAfter(to)) {
                entries++;
            }
            if (m.exitDate() != null && !m.exitDate().isBefore(from) && m.exitDate().isBefore(to)) {
                exits++;
            }
        }
        return new HrIndicators.Turnover(entries, exits, Ratios.percent(entries, atStart), Ratios.percent(exits, atStart),
                Ratios.percent(BigDecimal.valueOf(entries + exits).divide(BigDecimal.valueOf(2)), BigDecimal.valueOf(atStart)),
                "((entries + exits) / 2) / headcount at start × 100; entries hired after the start date, exits whose "
                        + "last day is before the end date");
    }

    private static HrIndicators.Absenteeism absenteeism(HoursTally t) {
        Map<AbsenceKind, BigDecimal> byKind = new EnumMap<>(AbsenceKind.class);
        for (AbsenceKind k : AbsenceKind.values()) {
            if (t.byKind[k.ordinal()] != 0) {
                byKind.put(k, hours(t.byKind[k.ordinal()]));
            }
        }
        return new HrIndicators.Absenteeism(hours(t.theoretical), hours(t.absenteeism),
                Ratios.percent(BigDecimal.valueOf(t.absenteeism), BigDecimal.valueOf(t.theoretical)), byKind,
                "theoretical hours = Σ over the staff of the jours ouvrés (Monday–Friday, public holidays excluded) they were "
                        + "employed in the period × weekly hours / 5; absence hours = the same count over their absences of "
                        + "the kinds " + absenteeismKinds() + "; paid leave, training and maternity/paternity are not absenteeism");
    }

    private static String absenteeismKinds() {
        return java.util.Arrays.stream(AbsenceKind.values()).filter(AbsenceKind::countsAsAbsenteeism)
                .map(Enum::name).toList().toString();
    }

    private static HrIndicators.WorkAccidents accidents(HoursTally t) {
        BigDecimal worked = hours(t.theoretical - t.allAbsences);
        BigDecimal tf = worked.signum() == 0 ? null
                : BigDecimal.valueOf(t.accidents).multiply(BigDecimal.valueOf(1_000_000)).divide(worked, 2, RoundingMode.HALF_UP);
        BigDecimal tg = worked.signum() == 0 ? null
                : BigDecimal.valueOf(t.accidentDaysLost).multiply(BigDecimal.valueOf(1_000)).divide(worked, 2, RoundingMode.HALF_UP);
        return new HrIndicators.WorkAccidents(t.accidents, t.accidentDaysLost, worked, tf, tg);
    }

    private static HrIndicators.GenderEquality gender(List<StaffMember> register, LocalDate d) {
        int[] count = new int[2];
        int[] paid = new int[2];
        BigDecimal[] pay = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (StaffMember m : register) {
            if (m.presentOn(d)) {
                int g = m.gender().ordinal();
                count[g]++;
                if (m.monthlyGross() != null) {
                    paid[g]++;
                    pay[g] = pay[g].add(m.monthlyGross().amount());
                }
            }
        }
        Money women = paid[0] == 0 ? null : Money.of(pay[0].divide(BigDecimal.valueOf(paid[0]), 2, RoundingMode.HALF_UP));
        Money men = paid[1] == 0 ? null : Money.of(pay[1].divide(BigDecimal.valueOf(paid[1]), 2, RoundingMode.HALF_UP));
        BigDecimal gap = women == null || men == null ? null : Ratios.percent(men.minus(women).amount(), men.amount());
        return new HrIndicators.GenderEquality(count[0], count[1], Ratios.percent(count[0], count[0] + count[1]), women, men, gap);
    }

    private static List<ChartSeries> agePyramid(List<StaffMember> register, LocalDate d) {
        long[][] bands = new long[2][AGE_BANDS.size()];
        for (StaffMember m : register) {
            if (m.presentOn(d)) {
                int age = Period.between(m.birthDate(), d).getYears();
                int band = age < 25 ? 0 : age < 35 ? 1 : age < 45 ? 2 : age < 55 ? 3 : 4;
                bands[m.gender().ordinal()][band]++;
            }
        }
        return List.of(new ChartSeries("women", "people", AGE_BANDS, counts(bands[0])),
                new ChartSeries("men", "people", AGE_BANDS, counts(bands[1])));
    }

    private static ChartSeries seniority(List<StaffMember> register, LocalDate d) {
        long[] bands = new long[SENIORITY_BANDS.size()];
        for (StaffMember m : register) {
            if (m.presentOn(d)) {
                int years = Period.between(m.hireDate(), d).getYears();
                bands[years < 1 ? 0 : years < 3 ? 1 : years < 5 ? 2 : years < 10 ? 3 : 4]++;
            }
        }
        return new ChartSeries("seniority", "people", SENIORITY_BANDS, counts(bands));
    }

    private static List<BigDecimal> counts(long[] values) {
        List<BigDecimal> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(BigDecimal.valueOf(v));
        }
        return out;
    }

    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    static BigDecimal hours(long units) {
        return BigDecimal.valueOf(units).divide(UNITS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
