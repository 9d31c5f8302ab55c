package fr.agora.domain.paie;

import fr.agora.domain.shared.InvalidInputException;
import java.time.YearMonth;
import java.util.Map;

/** A payslip was asked for a month the parameter tables do not cover: refused (400, field {@code period}). */
public class NoPayrollParametersException extends InvalidInputException {

    private final YearMonth period;

    public NoPayrollParametersException(YearMonth period) {
        super("no-payroll-parameters", "period", "no payroll parameters for " + period, Map.of("period", period.toString()));
        this.period = period;
    }

    public YearMonth period() {
        return period;
    }
}
