package fr.agora.application.port.in.tva;

import fr.agora.domain.tva.MarginScheme;

/** TVA sur la marge: the margin, the TVA included in it, the mention. */
public interface ComputeMarginVatUseCase {

    MarginScheme.Result compute(ComputeMarginVatCommand command);
}
