package fr.agora.domain.paie;

import fr.agora.domain.paie.parameters.PayrollParameters;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The month's social-security ceiling (plafond), the PMSS prorated and not rounded (as modele-social's "plafond
 * sécurité sociale proratisé"; no rounding rule is published):
 * <ul>
 *   <li>part time: × contract hours / legal hours (CSS R242-7), the legal hours being 35 × 52 / 12 (= × hours × 3 / 455);
 *       a contract at or above the legal hours keeps the whole ceiling;</li>
 *   <li>entry or exit during the month: × calendar days under contract / 30, at most the monthly ceiling (CSS R242-2).</li>
 * </ul>
 */
final class SocialSecurityCeiling {

    private static final BigDecimal LEGAL_HOURS_NUMERATOR = BigDecimal.valueOf(455);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private SocialSecurityCeiling() {
    }

    static BigDecimal of(PayrollParameters p, GrossPay pay) {
        BigDecimal ceiling = p.pmss();
        if (pay.contractHours.multiply(THREE).compareTo(LEGAL_HOURS_NUMERATOR) < 0) {
            ceiling = ceiling.multiply(pay.contractHours).multiply(THREE).divide(LEGAL_HOURS_NUMERATOR, MathContext.DECIMAL64);
        }
        if (pay.employment.partial()) {
            BigDecimal days = BigDecimal.valueOf(pay.employment.calendarDays()).min(PayrollParameters.CEILING_DAYS_PER_MONTH);
            ceiling = ceiling.multiply(days).divide(PayrollParameters.CEILING_DAYS_PER_MONTH, MathContext.DECIMAL64);
        }
        return ceiling;
    }
}
