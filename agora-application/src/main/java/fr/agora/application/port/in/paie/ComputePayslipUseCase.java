package fr.agora.application.port.in.paie;

import fr.agora.domain.paie.Payslip;
import fr.agora.domain.paie.PayslipInput;
import java.util.Objects;

/** Computes one monthly payslip (bulletin clarifié 2026). */
public interface ComputePayslipUseCase {

    Payslip compute(Command command);

    /** Self-validating: the {@link PayslipInput} validates itself on construction. */
    record Command(PayslipInput payslip) {
        public Command {
            Objects.requireNonNull(payslip, "payslip");
        }
    }
}
