package fr.agora.domain.badge;

import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a school may issue a badge for a competency: the student is proficient under the school's aggregation policy,
 * and the evaluations that made that score are vouched for by a teacher — each contributing evaluation was made by a
 * teacher (or the CCF jury) or validated by one. A tutor's evaluation alone never earns a badge.
 */
public final class BadgeEligibility {

    private BadgeEligibility() {
    }

    /** Refuses (422 {@code competency-not-reached}) with the reason; returns normally when the badge may be issued. */
    public static void check(AggregatedState state, List<Evaluation> effective) {
        if (!state.proficient()) {
            throw new RuleViolationException("competency-not-reached", "competency", "competency " + state.competencyCode()
                    + " is not reached under the school's policy (score " + state.score() + ")");
        }
        Set<EvaluationId> contributing = state.contributions().stream().map(AggregatedState.Contribution::evaluationId)
                .collect(Collectors.toSet());
        List<Evaluation> unvouched = effective.stream().filter(e -> contributing.contains(e.id()))
                .filter(e -> e.evaluatorRole() == EvaluatorRole.TUTEUR && e.validatedBy() == null).toList();
        if (!unvouched.isEmpty()) {
            throw new RuleViolationException("competency-not-validated", "competency", "competency " + state.competencyCode()
                    + " rests on " + unvouched.size() + " tutor evaluation(s) no teacher has validated yet");
        }
    }
}
