package fr.agora.application.port.in.access;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * Issues API keys. The secret is returned once, in {@link IssuedKey#token()}; only its hash is stored.
 * <ul>
 *   <li>{@link #issue}: a school admin issues a key of its own school for a role and subject (a tutor key names the
 *       tutor's e-mail, which is how the tutor rule recognises them);</li>
 *   <li>{@link #registerSchool}: trusted, in-process only (start-up bootstrap, demo): registers the school if absent
 *       and issues its first admin key, optionally with a preset token from configuration.</li>
 * </ul>
 */
public interface IssueApiKeyUseCase {

    IssuedKey issue(Command command);

    IssuedKey registerSchool(RegisterCommand command);

    /** Revokes a key of the caller's school (school admin); its access tokens stop working too. Another school's key: 404. */
    void revoke(Caller caller, String keyId);

    record Command(Caller caller, Caller.Role role, String subject, String label) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (role == null) throw new InvalidInputException("role", "role is required");
            if (subject == null || subject.isBlank()) throw new InvalidInputException("subject", "subject is required");
        }
    }

    /** {@code presetToken} null ⇒ a random one is generated. */
    record RegisterCommand(Uai uai, String schoolName, Caller.Role role, String subject, String presetToken) {
        public RegisterCommand {
            Objects.requireNonNull(uai, "uai");
            Objects.requireNonNull(role, "role");
            if (schoolName == null || schoolName.isBlank()) throw new InvalidInputException("schoolName", "schoolName is required");
            if (subject == null || subject.isBlank()) throw new InvalidInputException("subject", "subject is required");
        }
    }

    /** {@code token} is the full bearer credential, shown once. */
    record IssuedKey(String keyId, Uai uai, Caller.Role role, String subject, String token) {
    }
}
