package fr.agora.application.service.access;

import static fr.agora.application.service.access.ApiKeyTokens.TOKEN;

import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.SaveEstablishmentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.shared.Uai;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Issues (school admin, or the trusted start-up bootstrap) and revokes API keys; only the secret's hash is stored. */
public final class IssueApiKeyService implements IssueApiKeyUseCase {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ApiKeyPort keys;
    private final LoadEstablishmentPort loadEstablishment;
    private final SaveEstablishmentPort saveEstablishment;
    private final TransactionPort tx;
    private final Clock clock;

    public IssueApiKeyService(ApiKeyPort keys, LoadEstablishmentPort loadEstablishment, SaveEstablishmentPort saveEstablishment,
                              TransactionPort tx, Clock clock) {
        this.keys = keys;
        this.loadEstablishment = loadEstablishment;
        this.saveEstablishment = saveEstablishment;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public IssuedKey issue(Command c) {
        if (c.caller().role() != Caller.Role.SCHOOL_ADMIN) {
            throw new ForbiddenException("role-not-allowed", "role", "only a school admin issues API keys");
        }
        return tx.inTransaction(() -> store(c.caller().uai(), c.role(), c.subject(), c.label(), null));
    }

    @Override
    public void revoke(Caller caller, String keyId) {
        if (caller.role() != Caller.Role.SCHOOL_ADMIN) {
            throw new ForbiddenException("role-not-allowed", "role", "only a school admin revokes API keys");
        }
        boolean done = keyId != null && tx.inTransaction(() -> keys.revokeApiKey(caller.uai(), keyId.trim()));
        if (!done) throw new NotFoundException("api-key-not-found", "API key", String.valueOf(keyId));
    }

    @Override
    public IssuedKey registerSchool(RegisterCommand c) {
        return tx.inTransaction(() -> {
            if (loadEstablishment.loadEstablishment(c.uai()).isEmpty()) {
                saveEstablishment.saveEstablishment(new Establishment(c.uai(), c.schoolName().trim(), null));
            }
            return store(c.uai(), c.role(), c.subject(), "bootstrap", c.presetToken());
        });
    }

    private IssuedKey store(Uai uai, Caller.Role role, String subject, String label, String preset) {
        String s = subject.trim();
        if (role == Caller.Role.TUTOR) {
            if (!EMAIL.matcher(s).matches()) throw new InvalidInputException("subject", "a tutor key names the tutor's e-mail address");
            s = s.toLowerCase(Locale.ROOT);
        }
        if (s.length() > 200) throw new InvalidInputException("subject", "subject is longer than 200 characters");
        if (preset == null || preset.isBlank()) {
            return NewApiKeys.storeRandom(keys, clock, uai, role, s, label);
        }
        Matcher m = TOKEN.matcher(preset.trim());
        if (!m.matches()) {
            throw new InvalidInputException("token", "a preset key must read agk_<16 hex>.<at least 32 base64url characters>");
        }
        String keyId = m.group(1);
        Optional<StoredApiKey> existing = keys.findApiKey(keyId);
        if (existing.isPresent()) {
            // a restart with the same configured key: keep it (idempotent), but never rebind it elsewhere
            if (!existing.get().uai().equals(uai) || !ApiKeyTokens.sameHash(existing.get().secretHash(), m.group(2))) {
                throw new InvalidInputException("token", "this key id is already in use");
            }
            return new IssuedKey(keyId, uai, Caller.Role.valueOf(existing.get().role()), existing.get().subject(), preset.trim());
        }
        return NewApiKeys.store(keys, clock, uai, role, s, label, keyId, m.group(2));
    }
}
