package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * How much of a purchase's TVA is deductible (CGI art. 271; ann. II art. 205 to 206): the TVA × the coefficient de
 * déduction = assujettissement × taxation × admission, each factor and the product rounded up at the second decimal
 * ("arrondi à la deuxième décimale par excès", ann. II art. 206 V-2; BOI-TVA-DED-20-10-40 §1).
 * <ul>
 *   <li>admission 0 — excluded from deduction: vehicles designed to carry people (ann. II art. 206 IV-2-6°), gifts
 *       above the dated threshold per beneficiary and per year ({@link GiftThreshold}; 206 IV-2-3°), staff or
 *       managers' lodging (206 IV-2-1°);</li>
 *   <li>taxation — the prorata: turnover giving the right to deduct ÷ total turnover (206 III-3);</li>
 *   <li>assujettissement — the share of use for taxable activities (206 II), 1 for a fully taxable business.</li>
 * </ul>
 * The part not deducted is a cost of the purchase (charged to its expense or asset account).
 */
public final class VatDeduction {

    /** What the purchase is, for the exclusions of ann. II art. 206 IV. */
    public enum Expense {
        STANDARD, TOURIST_VEHICLE, GIFT, STAFF_LODGING
    }

    /** The deductible and non-deductible parts, with the coefficients applied and why. */
    public record Result(Money vat, BigDecimal subjection, BigDecimal taxation, BigDecimal admission,
            BigDecimal deductionCoefficient, Money deductible, Money nonDeductible, String reason, String source) {
    }

    private static final String ROUNDING = "ann. II art. 206 V-2; BOI-TVA-DED-20-10-40 §1";

    /**
     * @param giftValueInclVat for a gift, its value TTC per beneficiary over the year (all gifts to that person)
     * @param subjection       coefficient d'assujettissement (0–1; 1 when absent)
     * @param taxation         coefficient de taxation (0–1; 1 when absent), e.g. from {@link #taxationCoefficient}
     */
    public Result assess(Expense expense, Money vat, Money giftValueInclVat, LocalDate date, BigDecimal subjection,
            BigDecimal taxation) {
        Amounts.required(expense, "expense");
        Amounts.nonNegativeMoney(Amounts.required(vat, "vat").amount(), "vat");
        BigDecimal s = roundUp(coefficient(subjection, "subjection"));
        BigDecimal t = roundUp(coefficient(taxation, "taxation"));
        String reason;
        String source;
        BigDecimal admission = BigDecimal.ONE;
        switch (expense) {
            case TOURIST_VEHICLE -> {
                admission = BigDecimal.ZERO;
                reason = "vehicle designed to carry people: TVA excluded from deduction";
                source = "CGI ann. II art. 206 IV-2-6°";
            }
            case STAFF_LODGING -> {
                admission = BigDecimal.ZERO;
                reason = "lodging of staff or managers: TVA excluded from deduction";
                source = "CGI ann. II art. 206 IV-2-1°";
            }
            case GIFT -> {
                Amounts.required(date, "date");
                Money value = Amounts.required(giftValueInclVat, "giftValueInclVat");
                GiftThreshold threshold = GiftThreshold.on(date, "date");
                boolean verySmall = value.compareTo(threshold.perBeneficiaryPerYear()) <= 0;
                admission = verySmall ? BigDecimal.ONE : BigDecimal.ZERO;
                reason = "gift of " + value + " € TTC per beneficiary and year: " + (verySmall ? "at most " : "above ")
                        + threshold.perBeneficiaryPerYear() + " €, TVA " + (verySmall ? "deductible" : "not deductible at all");
                source = "CGI ann. II art. 206 IV-2-3°; " + threshold.source();
            }
            default -> {
                reason = "deductible in proportion of the coefficient de déduction";
                source = "CGI art. 271; ann. II art. 206 I";
            }
        }
        BigDecimal coefficient = roundUp(s.multiply(t).multiply(admission));
        Money deductible = vat.times(coefficient, Money.HALF_UP);
        return new Result(vat, s, t, admission, coefficient, deductible, vat.minus(deductible), reason,
                source + "; coefficients rounded up at the second decimal (" + ROUNDING + ")");
    }

    /** Turnover giving the right to deduct ÷ total turnover, rounded up at the second decimal (ann. II art. 206 III-3, V-2). */
    public static BigDecimal taxationCoefficient(Money turnoverWithDeductionRight, Money totalTurnover) {
        Amounts.required(turnoverWithDeductionRight, "turnoverWithDeductionRight");
        Amounts.required(totalTurnover, "totalTurnover");
        if (!totalTurnover.isPositive() || turnoverWithDeductionRight.isNegative()
                || turnoverWithDeductionRight.compareTo(totalTurnover) > 0) {
            throw new InvalidInputException("invalid-turnover", "turnoverWithDeductionRight",
                    "the turnover giving the right to deduct is between 0 and the total turnover (> 0)", Map.of());
        }
        return turnoverWithDeductionRight.amount().divide(totalTurnover.amount(), 2, RoundingMode.CEILING);
    }

    private static BigDecimal coefficient(BigDecimal c, String field) {
        if (c == null) {
            return BigDecimal.ONE;
        }
        if (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("coefficient-out-of-range", field, "'" + field + "' is between 0 and 1",
                    Map.of("value", c.toPlainString()));
        }
        return c;
    }

    private static BigDecimal roundUp(BigDecimal c) {
        return c.setScale(2, RoundingMode.CEILING);
    }
}
