package fr.agora.application.port.in.tva;

import fr.agora.domain.tva.VatConversion;

/** HT ↔ TTC at a dated rate, with the rounding rule stated in the result. */
public interface ConvertVatUseCase {

    VatConversion.Result convert(ConvertVatCommand command);
}
