package fr.agora.domain.indicators;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The HR dashboard of a period: headcounts, full-time equivalents, turnover, absenteeism (with its hours basis
 * stated), work accidents, the age pyramid and seniority bands, gender equality basics, and monthly series to chart.
 * Every rate is a percentage with two decimals (half up), {@code null} when its base is zero.
 */
public record HrIndicators(LocalDate from, LocalDate to, int headcountAtStart, int headcountAtEnd,
        BigDecimal averageHeadcount, String averageHeadcountBasis, BigDecimal fteAtEnd, Turnover turnover,
        Absenteeism absenteeism, WorkAccidents workAccidents, GenderEquality genderEquality,
        ChartSeries headcountByMonth, ChartSeries absenteeismRateByMonth, List<ChartSeries> agePyramid,
        ChartSeries seniorityBands) {

    public HrIndicators {
        agePyramid = List.copyOf(agePyramid);
    }

    /** Entries (hired in the period), exits (left in it), and ((entries + exits) / 2) / headcount at start. */
    public record Turnover(int entries, int exits, BigDecimal entryRate, BigDecimal exitRate, BigDecimal turnoverRate,
            String formula) {
    }

    /** Absence hours (absenteeism kinds only) over theoretical hours, with the basis of both. */
    public record Absenteeism(BigDecimal theoreticalHours, BigDecimal absenceHours, BigDecimal rate,
            Map<AbsenceKind, BigDecimal> hoursByKind, String basis) {
        public Absenteeism {
            hoursByKind = Map.copyOf(hoursByKind);
        }
    }

    /**
     * Work accidents with time off that started in the period (one absence of kind WORK_ACCIDENT = one accident),
     * the calendar days they cost inside the period, the hours actually worked (theoretical − every absence), the
     * frequency rate TF = accidents × 1 000 000 / hours worked and the severity rate TG = days lost × 1 000 / hours
     * worked (INRS definitions), two decimals.
     */
    public record WorkAccidents(int accidents, long daysLost, BigDecimal hoursWorked, BigDecimal frequencyRate,
            BigDecimal severityRate) {
    }

    /** At the end date: headcount by gender, women's share, average monthly gross and the gap (men − women) / men. */
    public record GenderEquality(int women, int men, BigDecimal womenShare, Money averageGrossWomen, Money averageGrossMen,
            BigDecimal payGapPercent) {
    }
}
