package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Ca12Calculator;

/** CA12 instalments (July, December) and annual balance of the régime simplifié. */
public interface ComputeCa12UseCase {

    Ca12Calculator.Result compute(Command command);

    /** {@code year} (the year of the instalments) defaults to the current year. */
    record Command(Integer year, Money previousYearVat, Money currentYearVat) {
        public Command {
            Amounts.required(previousYearVat, "previousYearVat");
            Amounts.required(currentYearVat, "currentYearVat");
        }
    }
}
