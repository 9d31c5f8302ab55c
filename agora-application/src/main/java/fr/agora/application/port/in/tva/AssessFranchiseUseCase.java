package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Franchise;
import fr.agora.domain.tva.Nature;
import java.time.LocalDate;

/** Franchise en base status for a turnover history, with the dated thresholds and their source. */
public interface AssessFranchiseUseCase {

    Franchise.Assessment assess(Command command);

    record Command(Nature activity, LocalDate date, Money previousYearTurnover, Money currentYearTurnover) {
        public Command {
            Amounts.required(activity, "activity");
            Amounts.required(date, "date");
            Amounts.required(previousYearTurnover, "previousYearTurnover");
            Amounts.required(currentYearTurnover, "currentYearTurnover");
        }
    }
}
