package fr.agora.domain.tutor;

import fr.agora.domain.shared.RuleViolationException;

/** The link exists but may no longer be used: expired ({@code tutor-link-expired}) or revoked ({@code tutor-link-revoked}). */
public class TutorLinkGoneException extends RuleViolationException {
    private final TutorLink.State state;

    public TutorLinkGoneException(TutorLink.State state) {
        super(state == TutorLink.State.REVOKED ? "tutor-link-revoked" : "tutor-link-expired", "token",
                state == TutorLink.State.REVOKED ? "this tutor link was revoked by the school" : "this tutor link has expired");
        this.state = state;
    }

    public TutorLink.State state() {
        return state;
    }
}
