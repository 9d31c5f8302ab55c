package fr.agora.application.service.paie;

import fr.agora.application.port.in.paie.ComputePayslipUseCase;
import fr.agora.domain.paie.Payslip;
import fr.agora.domain.paie.PayslipCalculator;

public final class ComputePayslipService implements ComputePayslipUseCase {

    private final PayslipCalculator calculator;

    public ComputePayslipService(PayslipCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public Payslip compute(Command command) {
        return calculator.compute(command.payslip());
    }
}
