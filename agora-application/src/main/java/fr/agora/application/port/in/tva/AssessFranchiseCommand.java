package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Nature;
import java.time.LocalDate;

public record AssessFranchiseCommand(Nature activity, LocalDate date, Money previousYearTurnover, Money currentYearTurnover) {
    public AssessFranchiseCommand {
        Amounts.required(activity, "activity");
        Amounts.required(date, "date");
        Amounts.required(previousYearTurnover, "previousYearTurnover");
        Amounts.required(currentYearTurnover, "currentYearTurnover");
    }
}
