package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.ScaleHistory;
import fr.agora.domain.evaluation.Uai;
import java.util.Optional;

/** Reads every version of a school's scale; empty when the school never configured one (LSL default applies). */
public interface LoadScalePort {
    Optional<ScaleHistory> loadScales(Uai uai);
}
