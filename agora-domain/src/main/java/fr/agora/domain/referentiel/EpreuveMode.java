package fr.agora.domain.referentiel;

import java.util.Optional;

/**
 * How an épreuve is taken by one {@link CandidateCategory}: CCF or ponctuel (écrit, oral, pratique), and the
 * duration as printed (e.g. {@code 2 h 30}), empty for a CCF.
 */
public record EpreuveMode(CandidateCategory category, String mode, String duration) {

    public EpreuveMode {
        Checks.required(category, "epreuveMode.category");
        mode = Checks.text(mode, "epreuveMode.mode");
        duration = Checks.optionalText(duration);
    }

    public Optional<String> durationIfAny() {
        return duration.isEmpty() ? Optional.empty() : Optional.of(duration);
    }
}
