package fr.agora.application.service.paie;

import fr.agora.application.port.in.paie.BuildPayrollJournalUseCase;
import fr.agora.domain.paie.Payslip;
import fr.agora.domain.paie.PayslipCalculator;
import fr.agora.domain.paie.journal.PayrollJournal;
import java.util.ArrayList;
import java.util.List;

public final class BuildPayrollJournalService implements BuildPayrollJournalUseCase {

    private final PayslipCalculator calculator;

    public BuildPayrollJournalService(PayslipCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public PayrollJournal build(Command command) {
        List<Payslip> slips = new ArrayList<>(command.payslips().size());
        command.payslips().forEach(p -> slips.add(calculator.compute(p)));
        return PayrollJournal.of(slips);
    }
}
