package fr.agora.domain.paie;

import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** A computed payslip (bulletin clarifié). Every line is at the cent; the nets are derived from the rounded lines. */
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
        PayrollParameters parameters) {

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
