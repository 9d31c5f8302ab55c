package fr.agora.application.port.in.tva;

import fr.agora.domain.tva.VatDeduction;

/** How much of a purchase's TVA is deductible: exclusions, gift threshold, coefficient de déduction. */
public interface AssessVatDeductionUseCase {

    VatDeduction.Result assess(AssessVatDeductionCommand command);
}
