package fr.agora.application.port.out.assessment;

import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.shared.Uai;
import java.util.List;

/**
 * Appends evaluations, all or none. Must refuse (with an
 * {@link fr.agora.domain.shared.ConflictException}) a record superseding one already superseded,
 * which is how concurrent corrections are caught (optimistic: a unique constraint on {@code supersedes}).
 */
public interface SaveEvaluationsPort {
    void appendEvaluations(Uai uai, List<Evaluation> evaluations);
}
