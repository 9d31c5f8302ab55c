package fr.agora.domain.establishment;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A school as the platform knows it (the tenant): its UAI, its name, when it was registered and, while it is disabled,
 * since when. A disabled school keeps its data, but none of its API keys or access tokens is accepted until the
 * platform operator enables it again.
 *
 * @param createdAt  when the school was registered (for schools registered before this was recorded: the time of the
 *                   migration that added it)
 * @param disabledAt null while the school is enabled
 */
public record RegisteredEstablishment(Uai uai, String name, Instant createdAt, Instant disabledAt) {

    public static final int MAX_NAME_LENGTH = 200;

    public RegisteredEstablishment {
        Objects.requireNonNull(uai, "uai");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name == null || name.isBlank()) throw new InvalidInputException("name", "name is required");
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "name is longer than " + MAX_NAME_LENGTH + " characters");
        }
    }

    /** A school registered now, enabled; its UAI must carry a valid check letter (see {@link Uai#hasValidCheckLetter()}). */
    public static RegisteredEstablishment register(Uai uai, String name, Instant now) {
        if (!uai.hasValidCheckLetter()) {
            throw new InvalidInputException("invalid-uai-check-letter", "uai", "the UAI's letter is not the check key of its digits: "
                    + uai.value().substring(0, 7) + Uai.checkLetter(uai.value().substring(0, 7)) + " was expected", Map.of("uai", uai.value()));
        }
        return new RegisteredEstablishment(uai, name, now, null);
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    /** The same school disabled at {@code when} (already disabled: unchanged, so the first date is kept). */
    public RegisteredEstablishment disable(Instant when) {
        return disabled() ? this : new RegisteredEstablishment(uai, name, createdAt, Objects.requireNonNull(when, "when"));
    }

    public RegisteredEstablishment enable() {
        return new RegisteredEstablishment(uai, name, createdAt, null);
    }
}
