package fr.agora.domain.receivables;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The penalties due on one overdue invoice at a date (Code de commerce L441-10 II): simple interest on the amount
 * due, from the day after the due date to the date included, at the contractual rate or, by default, the ECB rate
 * of each half-year + 10 points, on a 365-day year; and the 40 € fixed recovery indemnity (D441-5), due as soon as
 * the invoice is late. Interest is summed exactly and rounded once, half up, to the cent.
 *
 * @param periods     the days of each rate (one per half-year under the legal default, one for a contractual rate)
 * @param rateVerified false when a half-year after the verified ECB table was priced at the last known rate
 */
public record LatePaymentPenalty(Money interest, Money indemnity, List<Period> periods, boolean rateVerified) {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LatePaymentPenalty {
        periods = List.copyOf(periods);
    }

    /** Days from {@code from} to {@code to} (both included) at {@code ratePercent} a year. */
    public record Period(LocalDate from, LocalDate to, long days, BigDecimal ratePercent) {
    }

    public static final LatePaymentPenalty NONE = new LatePaymentPenalty(Money.ZERO, Money.ZERO, List.of(), true);

    /** Nothing when the invoice is not overdue at {@code date} or its amount is not a debt (zero or a credit). */
    public static LatePaymentPenalty on(Money amount, LocalDate dueDate, LocalDate date, PenaltyTerms terms) {
        if (!date.isAfter(dueDate) || !amount.isPositive()) {
            return NONE;
        }
        List<Period> periods = terms.contractualRatePercent() != null
                ? List.of(new Period(dueDate.plusDays(1), date, date.toEpochDay() - dueDate.toEpochDay(),
                        terms.contractualRatePercent()))
                : legalPeriods(dueDate.plusDays(1), date);
        BigDecimal exact = BigDecimal.ZERO;
        boolean verified = true;
        for (Period p : periods) {
            exact = exact.add(amount.amount().multiply(p.ratePercent()).multiply(BigDecimal.valueOf(p.days()))
                    .divide(HUNDRED.multiply(DAYS_PER_YEAR), MathContext.DECIMAL128));
            verified &= terms.contractualRatePercent() != null || EcbRefinancingRate.verifiedFor(p.from());
        }
        return new LatePaymentPenalty(Money.roundedHalfUp(exact), PenaltyTerms.RECOVERY_INDEMNITY, periods, verified);
    }

    /** One period per half-year crossed, each at its ECB rate + 10 points. */
    private static List<Period> legalPeriods(LocalDate first, LocalDate last) {
        List<Period> out = new ArrayList<>();
        LocalDate from = first;
        while (!from.isAfter(last)) {
            LocalDate halfYearEnd = EcbRefinancingRate.halfYearStart(from).plusMonths(6).minusDays(1);
            LocalDate to = halfYearEnd.isBefore(last) ? halfYearEnd : last;
            BigDecimal rate = EcbRefinancingRate.forHalfYearOf(from).add(PenaltyTerms.LEGAL_MARGIN_POINTS);
            out.add(new Period(from, to, to.toEpochDay() - from.toEpochDay() + 1, rate));
            from = to.plusDays(1);
        }
        return out;
    }
}
