package fr.agora.application.port.out.assessment;

import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.shared.Uai;

/**
 * Appends a new scale version. Must refuse with an
 * {@link fr.agora.domain.shared.ConflictException} if that version already exists (two admins
 * revising at once: the second loses).
 */
public interface SaveScalePort {
    void appendScaleVersion(Uai uai, EvaluationScale scale);
}
