package fr.agora.application.port.in.tva;

import fr.agora.domain.tva.Ca12Calculator;

/** CA12 instalments (July, December) and annual balance of the régime simplifié. */
public interface ComputeCa12UseCase {

    Ca12Calculator.Result compute(ComputeCa12Command command);
}
