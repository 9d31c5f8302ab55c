package fr.agora.domain.depreciation;

import static fr.agora.domain.shared.CentsMath.divHalfUp;
import static fr.agora.domain.shared.CentsMath.mulDiv;

import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans d'amortissement (../shared/RULES-REFERENCE.md §8). Entry point for embedding callers:
 * {@code new DepreciationCalculator().compute(request)}; stateless and thread-safe.
 *
 * <ul>
 *   <li><b>Linéaire</b>: annuity = base ÷ n; the first is prorated in days from the mise en service (inclusive) to
 *   the fiscal year end over the year's days (30/360 by default: 15/04 → 31/12 = 256/360); the (n+1)-th annuity
 *   completes the base.</li>
 *   <li><b>Dégressif</b>: rate = 1/n × the fiscal coefficient ({@link DecliningCoefficients}); the first annuity is
 *   prorated in months from the first day of the month of mise en service; later ones are VNC × rate, until
 *   1 ÷ (remaining years) ≥ the rate, from which year the VNC is spread equally over the remaining years; exactly
 *   n exercises.</li>
 * </ul>
 * Rounding: each annuity half up at the cent from the exact product (the rate is used as the exact fraction
 * coefficient ÷ n, shown at 2 decimals); the last annuity takes what is left, so the table sums to the base exactly.
 */
public final class DepreciationCalculator {

    public DepreciationSchedule compute(DepreciationRequest r) {
        return r.method() == DepreciationMethod.STRAIGHT_LINE ? straightLine(r) : decliningBalance(r);
    }

    /** The end of the fiscal year in which {@code date} falls. */
    static LocalDate fiscalYearEnd(LocalDate date, MonthDay end) {
        LocalDate e = end.atYear(date.getYear());
        return e.isBefore(date) ? end.atYear(date.getYear() + 1) : e;
    }

    private DepreciationSchedule straightLine(DepreciationRequest r) {
        int n = r.usefulLifeYears();
        long cost = r.cost().cents();
        LocalDate end1 = fiscalYearEnd(r.inServiceDate(), r.fiscalYearEnd());
        int yearDays = r.dayCount().yearDays(end1);
        int days = Math.min(r.dayCount().days(r.inServiceDate(), end1), yearDays);
        boolean partial = days < yearDays;
        long full = divHalfUp(cost, n);
        long first = partial ? mulDiv(cost, days, (long) yearDays * n) : full;
        int count = partial ? n + 1 : n;
        BigDecimal rate = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        List<DepreciationYear> years = new ArrayList<>(count);
        long accumulated = 0;
        for (int k = 0; k < count; k++) {
            LocalDate end = end1.plusYears(k);
            long annuity = k == 0 ? first : full;
            boolean last = k == count - 1;
            if (last || accumulated + annuity > cost) {
                annuity = cost - accumulated;
            }
            accumulated += annuity;
            String prorata = !partial ? "1" : k == 0 ? days + "/" + yearDays : last ? (yearDays - days) + "/" + yearDays : "1";
            years.add(year(r, end, cost, rate, prorata, annuity, accumulated, false));
            if (accumulated == cost) {
                break;
            }
        }
        return new DepreciationSchedule(r.method(), r.cost(), n, rate, null, r.dayCount(), years,
                Money.ofCents(accumulated), "linéaire: annuity = base ÷ " + n + "; first annuity prorated "
                + (partial ? days + "/" + yearDays : "1") + " (" + r.dayCount() + ", day of mise en service included); "
                + "each annuity half up at the cent, the last completes the base", "PCG art. 214-13; CGI art. 39-1-2°");
    }

    private DepreciationSchedule decliningBalance(DepreciationRequest r) {
        int n = r.usefulLifeYears();
        int coef = DecliningCoefficients.hundredths(n, r.inServiceDate());
        if (coef == 0) {
            boolean life = n < 3;
            throw new NotEligibleForDecliningBalanceException(life ? "usefulLifeYears" : "inServiceDate",
                    life ? "the dégressif needs a useful life of at least 3 years"
                            : "no fiscal coefficient is known for goods put in service on " + r.inServiceDate(),
                    Map.of("usefulLifeYears", n, "inServiceDate", r.inServiceDate().toString()));
        }
        LocalDate end1 = fiscalYearEnd(r.inServiceDate(), r.fiscalYearEnd());
        int months = Math.min(12, (end1.getYear() - r.inServiceDate().getYear()) * 12
                + end1.getMonthValue() - r.inServiceDate().getMonthValue() + 1);
        BigDecimal rate = BigDecimal.valueOf(coef).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        List<DepreciationYear> years = new ArrayList<>(n);
        long cost = r.cost().cents();
        long vnc = cost;
        long linear = -1;
        for (int k = 1; k <= n; k++) {
            int remaining = n - k + 1;
            if (linear < 0 && k >= 2 && (long) n * 100 >= (long) coef * remaining) {
                // 1 ÷ remaining ≥ coefficient ÷ n: the linear rate on the VNC now gives more
                linear = divHalfUp(vnc, remaining);
            }
            long annuity;
            if (k == n) {
                annuity = vnc;
            } else if (linear >= 0) {
                annuity = linear;
            } else if (k == 1) {
                annuity = mulDiv(vnc, (long) coef * months, 100L * n * 12);
            } else {
                annuity = mulDiv(vnc, coef, 100L * n);
            }
            BigDecimal applied = linear < 0 ? rate
                    : BigDecimal.valueOf(100).divide(BigDecimal.valueOf(remaining), 2, RoundingMode.HALF_UP);
            long base = vnc;
            vnc -= annuity;
            String prorata = k == 1 && months < 12 ? months + "/12" : "1";
            years.add(year(r, end1.plusYears(k - 1), base, applied, prorata, annuity, cost - vnc, linear >= 0));
        }
        return new DepreciationSchedule(r.method(), r.cost(), n, rate, BigDecimal.valueOf(coef, 2), r.dayCount(), years, r.cost(),
                "dégressif: rate = 1/" + n + " × " + BigDecimal.valueOf(coef, 2) + " = " + rate + " %; first annuity "
                        + months + "/12 (months from the 1st of the month of mise en service); then VNC × rate until "
                        + "1 ÷ remaining years ≥ rate, then VNC ÷ remaining years; half up at the cent, the last "
                        + "annuity takes the VNC left", DecliningCoefficients.source(r.inServiceDate()));
    }

    private static DepreciationYear year(DepreciationRequest r, LocalDate end, long base, BigDecimal rate,
                                         String prorata, long annuity, long accumulated, boolean switched) {
        Money a = Money.ofCents(annuity);
        List<EntryLine> entry = r.assetAccount() == null ? List.of() : YearEndEntry.of(r.assetAccount(), a, end.getYear());
        return new DepreciationYear(end.getYear(), end, Money.ofCents(base), rate, prorata, a,
                Money.ofCents(accumulated), Money.ofCents(r.cost().cents() - accumulated), switched, entry);
    }
}
