package fr.agora.domain.paie;

import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A computed payslip (bulletin clarifié). Every line is at the cent; the nets are derived from the rounded lines.
 * <p>{@code netBeforeTax} is the net salary, gross − employee contributions (the "net" of the contribution block),
 * kept under its first name; the bulletin's "Net à payer avant impôt sur le revenu" is
 * {@code netPayableBeforeIncomeTax}: that net − benefits in kind already received + non-subject bonuses + IJSS
 * advanced by the employer. {@code netPaid} = netPayableBeforeIncomeTax − withholdingTax.
 */
public record Payslip(
        YearMonth period,
        List<EarningLine> earnings,
        Money gross,
        List<ContributionLine> lines,
        Money totalEmployee,
        Money totalEmployer,
        Money netBeforeTax,
        Money netTaxable,
        Money netSocial,
        BigDecimal withholdingTaxRate,
        Money withholdingTax,
        Money benefitsInKind,
        Money nonSubjectBonuses,
        Money netPaid,
        Money employerCost,
        PayrollParameters parameters,
        Money netPayableBeforeIncomeTax,
        Money socialSecurityCeiling,
        SickPay sickPay,
        GeneralReductionImputation generalReduction,
        List<PayslipWarning> warnings) {

    /**
     * IJSS of the month's sick leave as the employer advances them (subrogation): days of carence, days paid, the daily
     * IJSS, the gross, the CSG/CRDS the CPAM withholds, the net paid to the employee, the taxable part (gross − the
     * deductible 3,80 % CSG).
     */
    public record SickPay(int carenceDays, int ijssDays, Money dailyIjss, Money ijssGross, Money csgCrds, Money ijssNet,
                          Money ijssTaxable) {
        public static final SickPay NONE = new SickPay(0, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

        SickPay plus(SickPay o) {
            return new SickPay(carenceDays + o.carenceDays, ijssDays + o.ijssDays, o.dailyIjss, ijssGross.plus(o.ijssGross),
                    csgCrds.plus(o.csgCrds), ijssNet.plus(o.ijssNet), ijssTaxable.plus(o.ijssTaxable));
        }
    }

    /** The RGDU (negative) split between the bodies it is imputed on: AGIRC-ARRCO and URSSAF. */
    public record GeneralReductionImputation(Money retraiteComplementaire, Money urssaf) {
        public static final GeneralReductionImputation NONE = new GeneralReductionImputation(Money.ZERO, Money.ZERO);
    }

    /** A rule the payslip does not model and that may apply (code, message): said, never silently left out. */
    public record PayslipWarning(String code, String message) {
    }

    /** quantity and rate may be null when meaningless. amount is signed (absences negative). */
    public record EarningLine(String code, String label, BigDecimal quantity, BigDecimal rate, Money amount) {
    }

    /** Rates in per cent; a null rate means the side does not pay the line. body = collecting body. */
    public record ContributionLine(String code, String label, String block, CollectingBody body, Money base,
                                   BigDecimal employeeRate, Money employeeAmount,
                                   BigDecimal employerRate, Money employerAmount) {
    }

    public enum CollectingBody { URSSAF, RETRAITE_COMPLEMENTAIRE, PREVOYANCE_SANTE }

    public Money line(String code, boolean employee) {
        for (ContributionLine l : lines) {
            if (l.code().equals(code)) {
                return employee ? l.employeeAmount() : l.employerAmount();
            }
        }
        return Money.ZERO;
    }

    public boolean hasLine(String code) {
        return lines.stream().anyMatch(l -> l.code().equals(code));
    }
}
