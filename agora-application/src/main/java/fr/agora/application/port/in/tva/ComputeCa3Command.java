package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Operation;
import fr.agora.domain.tva.Operations;
import java.time.LocalDate;
import java.util.List;

/** Self-validating: the period and every operation are checked, naming the field. */
public record ComputeCa3Command(LocalDate from, LocalDate to, Money previousCredit, Money refundRequested, List<Operation> operations) {
    public ComputeCa3Command {
        Amounts.required(from, "period.from");
        Amounts.required(to, "period.to");
        Amounts.required(operations, "operations");
        operations = List.copyOf(operations);
        for (int i = 0; i < operations.size(); i++) {
            Operations.check(operations.get(i), "operations[" + i + "]");
        }
    }
}
