package fr.agora.application.port.in.paie;

import fr.agora.domain.paie.PayslipInput;
import fr.agora.domain.paie.journal.PayrollJournal;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;

/** Computes a month's payslips and returns their accounting entry and totals per collecting body. */
public interface BuildPayrollJournalUseCase {

    PayrollJournal build(Command command);

    record Command(List<PayslipInput> payslips) {
        public Command {
            if (payslips == null || payslips.isEmpty()) {
                throw new InvalidInputException("payslips", "at least one payslip is required");
            }
            payslips = List.copyOf(payslips);
        }
    }
}
