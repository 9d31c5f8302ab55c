package fr.agora.application.port.in.tutor;

import java.util.List;

/**
 * The tutor's side: open the page behind a link (404 {@code tutor-link-not-found} for an unknown secret; 422
 * {@code tutor-link-expired} / {@code tutor-link-revoked} — the page answers 410 — for one that may no longer be
 * used), and submit the marks: every competency mis en œuvre becomes a TUTEUR evaluation of that period (one per
 * criterion observed), awaiting the teacher's validation; the appreciation is kept on the link.
 */
public interface UseTutorLinkUseCase {
    TutorSheet open(String token);

    /** The ids of the evaluations recorded (empty when nothing was marked mis en œuvre). */
    List<String> submit(SubmitTutorEvaluationCommand command);
}
