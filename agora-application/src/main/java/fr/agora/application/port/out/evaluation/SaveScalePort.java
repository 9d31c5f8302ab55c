package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.EvaluationScale;
import fr.agora.domain.evaluation.Uai;

/**
 * Appends a new scale version. Must refuse with an
 * {@link fr.agora.domain.evaluation.EvaluationConflictException} if that version already exists (two admins
 * revising at once: the second loses).
 */
public interface SaveScalePort {
    void appendScaleVersion(Uai uai, EvaluationScale scale);
}
