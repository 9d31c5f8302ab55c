package fr.agora.domain.paie.leave;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Indemnité de congés payés: the better of the règle du dixième (10 % of the reference-period gross × days taken /
 * entitlement) and the maintien de salaire (monthly salary × days taken / days of the month on the same day basis),
 * each rounded to the cent HALF_UP (C. trav. L3141-24).
 */
public record LeaveIndemnity(Money tenthRule, Money salaryMaintenance, Money retained, Method method) {

    public enum Method { TENTH_RULE, SALARY_MAINTENANCE }

    public enum DayBasis { WORKING_DAYS, BUSINESS_DAYS }

    public static LeaveIndemnity of(BigDecimal monthlySalary, BigDecimal referencePeriodGross, BigDecimal entitlementDays,
                                    BigDecimal daysTaken, BigDecimal daysInMonth, DayBasis basis) {
        positive(monthlySalary, "monthlySalary", true);
        positive(referencePeriodGross, "referencePeriodGross", true);
        positive(entitlementDays, "entitlementDays", false);
        positive(daysTaken, "daysTaken", true);
        positive(daysInMonth, "daysInMonth", false);
        if (daysTaken.compareTo(entitlementDays) > 0) {
            throw new InvalidInputException("daysTaken", "cannot exceed the entitlement");
        }
        if (basis == null) {
            throw new InvalidInputException("dayBasis", "is required");
        }
        Money tenth = Money.roundedHalfUp(referencePeriodGross.multiply(daysTaken).divide(entitlementDays.multiply(BigDecimal.TEN), MathContext.DECIMAL128));
        Money maint = Money.roundedHalfUp(monthlySalary.multiply(daysTaken).divide(daysInMonth, MathContext.DECIMAL128));
        boolean tenthBetter = tenth.compareTo(maint) > 0;
        return new LeaveIndemnity(tenth, maint, tenthBetter ? tenth : maint, tenthBetter ? Method.TENTH_RULE : Method.SALARY_MAINTENANCE);
    }

    private static void positive(BigDecimal v, String field, boolean zeroAllowed) {
        if (v == null || v.signum() < 0 || (!zeroAllowed && v.signum() == 0)) {
            throw new InvalidInputException(field, zeroAllowed ? "must not be negative" : "must be positive");
        }
    }

    @SuppressWarnings("unused")
    private static final RoundingMode MODE = RoundingMode.HALF_UP;
}
