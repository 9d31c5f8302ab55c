package fr.agora.domain.paie;

import static fr.agora.domain.paie.parameters.PayrollParameters.*;

import fr.agora.domain.paie.Payslip.CollectingBody;
import fr.agora.domain.paie.Payslip.ContributionLine;
import fr.agora.domain.paie.Payslip.GeneralReductionImputation;
import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** The "Exonérations" block: the overtime reductions and the employer's general reduction (RGDU 2026). */
final class Reductions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal RETIREMENT_SHARE_SMALL = RGDU_RETIREMENT_RATE.divide(RGDU_TMIN.add(RGDU_TDELTA_SMALL), MathContext.DECIMAL64);
    private static final BigDecimal RETIREMENT_SHARE_LARGE = RGDU_RETIREMENT_RATE.divide(RGDU_TMIN.add(RGDU_TDELTA_LARGE), MathContext.DECIMAL64);

    private Reductions() {
    }

    /**
     * Employee overtime reduction: overtime pay × min(11,31 %, effective employee retirement rate). The effective rate
     * caps it above the ceiling, and for apprentices whose employee contributions are due only above 50 % SMIC
     * (modele-social "taux des cotisations réduites"). Then the employer's déduction forfaitaire per overtime hour
     * (modele-social exonérations . heures supplémentaires . employeur).
     */
    static void overtimeReductions(GrossPay pay, ContributionLines contributions, BigDecimal ceiling, boolean apprentice, int headcount) {
        if (!pay.overtimePay.isPositive()) {
            return;
        }
        BigDecimal gross = pay.gross.amount();
        BigDecimal rate = HS_REDUCTION_MAX;
        if (gross.compareTo(ceiling) > 0 || apprentice) {
            rate = contributions.employeeRetirement().multiply(HUNDRED).divide(gross, 4, RoundingMode.HALF_UP).min(HS_REDUCTION_MAX);
        }
        Money reduction = pay.overtimePay.percent(rate, Money.HALF_UP).negate();
        List<ContributionLine> lines = contributions.lines;
        lines.add(new ContributionLine("REDUCTION_HS", "Réduction de cotisations salariales sur heures supplémentaires",
                "Exonérations", CollectingBody.URSSAF, pay.overtimePay, rate.negate(), reduction, null, Money.ZERO));
        BigDecimal perHour = headcount < 20 ? HS_DEDUCTION_SMALL : HS_DEDUCTION_LARGE;
        lines.add(new ContributionLine("DEDUCTION_FORFAITAIRE_HS", "Déduction forfaitaire patronale sur heures supplémentaires",
                "Exonérations", CollectingBody.URSSAF, Money.of(pay.overtimeHours), null, Money.ZERO, null,
                Money.roundedHalfUp(pay.overtimeHours.multiply(perHour)).negate()));
    }

    /**
     * RGDU 2026: C = Tmin + Tdelta × (½ (3 SMIC / gross − 1))^1,75, 4 decimals, none at ≥ 3 SMIC. The SMIC is the
     * contract hours' SMIC × the share of the salary paid (absences, entry/exit, sick leave: CSS D241-7) + SMIC ×
     * overtime hours. 3 SMIC is compared at the cent: 12,02 × 35 × 52 / 12 × 3 = 5 469,10 exactly, whatever the
     * precision of 455 / 3. Returns its imputation: 6,01 / (Tmin + Tdelta) of it on AGIRC-ARRCO (at most the employer's
     * AGIRC-ARRCO and CEG contributions), the rest on URSSAF (CSS L241-13 VIII).
     */
    static GeneralReductionImputation generalReduction(PayrollParameters p, GrossPay pay, ContributionLines contributions, int headcount) {
        BigDecimal gross = pay.gross.amount();
        BigDecimal smic = p.smicHourly().multiply(pay.contractHours).multiply(pay.salaryPaidShare())
                .add(p.smicHourly().multiply(pay.overtimeHours));
        if (gross.signum() <= 0 || smic.signum() <= 0 || gross.compareTo(smic.multiply(THREE).setScale(2, RoundingMode.HALF_UP)) >= 0) {
            return GeneralReductionImputation.NONE;
        }
        boolean under50 = headcount < 50;
        BigDecimal tdelta = under50 ? RGDU_TDELTA_SMALL : RGDU_TDELTA_LARGE;
        BigDecimal x = smic.multiply(THREE).divide(gross, MathContext.DECIMAL64).subtract(BigDecimal.ONE).multiply(HALF).max(BigDecimal.ZERO);
        // x^1.75 = x · √x · ⁴√x, in decimals (no double): the coefficient is then rounded to 4 places
        BigDecimal root = x.sqrt(MathContext.DECIMAL64);
        BigDecimal power = x.multiply(root).multiply(root.sqrt(MathContext.DECIMAL64), MathContext.DECIMAL64);
        BigDecimal maximum = RGDU_TMIN.add(tdelta);
        BigDecimal c = RGDU_TMIN.add(tdelta.multiply(power)).setScale(4, RoundingMode.HALF_UP).min(maximum);
        Money amount = pay.gross.times(c, Money.HALF_UP).negate();
        contributions.lines.add(new ContributionLine("RGDU", "Réduction générale dégressive unique", "Exonérations", CollectingBody.URSSAF,
                pay.gross, null, Money.ZERO, c.movePointRight(2).negate(), amount));
        Money onRetirement = amount.times(under50 ? RETIREMENT_SHARE_SMALL : RETIREMENT_SHARE_LARGE, Money.HALF_UP)
                .max(contributions.employerAgircArrco.negate());
        return new GeneralReductionImputation(onRetirement, amount.minus(onRetirement));
    }
}
