package fr.agora.application.port.out.assessment;

import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.shared.Uai;
import java.util.Optional;

/** Reads every version of a school's scale; empty when the school never configured one (LSL default applies). */
public interface LoadScalePort {
    Optional<ScaleHistory> loadScales(Uai uai);
}
