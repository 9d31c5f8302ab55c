package fr.agora.domain.paie.leave;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Congés payés acquired over a reference period, in jours ouvrables: 2.5 per month of effective work (C. trav.
 * L3141-3), 2.5 per month of work-accident leave (no limit), 2 per month of non-professional sick leave, at most 24
 * from sickness (loi 2024-364 du 22 avril 2024); fractions rounded up to a whole day (L3141-7); 30 at most.
 */
public record LeaveEntitlement(int days, BigDecimal unrounded) {

    private static final BigDecimal TWO_AND_HALF = new BigDecimal("2.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal SICK_CAP = BigDecimal.valueOf(24);
    private static final BigDecimal MAX = BigDecimal.valueOf(30);

    public static LeaveEntitlement of(BigDecimal monthsWorked, BigDecimal monthsSickLeave, BigDecimal monthsWorkAccidentLeave) {
        check(monthsWorked, "monthsWorked");
        check(monthsSickLeave, "monthsSickLeave");
        check(monthsWorkAccidentLeave, "monthsWorkAccidentLeave");
        if (monthsWorked.add(monthsSickLeave).add(monthsWorkAccidentLeave).compareTo(BigDecimal.valueOf(12)) > 0) {
            throw new InvalidInputException("monthsWorked", "the months of a reference period add up to 12 at most");
        }
        BigDecimal raw = monthsWorked.add(monthsWorkAccidentLeave).multiply(TWO_AND_HALF)
                .add(monthsSickLeave.multiply(TWO).min(SICK_CAP)).min(MAX);
        return new LeaveEntitlement(raw.setScale(0, RoundingMode.CEILING).intValueExact(), raw.stripTrailingZeros());
    }

    private static void check(BigDecimal v, String field) {
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(12)) > 0) {
            throw new InvalidInputException(field, "must be between 0 and 12");
        }
    }
}
