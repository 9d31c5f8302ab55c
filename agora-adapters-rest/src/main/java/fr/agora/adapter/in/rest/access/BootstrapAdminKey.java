package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.Uai;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * The first key of a school, from configuration: with {@code agora.security.bootstrap.uai} and the key (a token of the
 * form {@code agk_<16 hex>.<≥ 32 base64url>}) the school is registered if absent and the key is stored (hashed) as its
 * SCHOOL_ADMIN key. Idempotent across restarts. That admin then issues every other key through {@code POST …/api-keys}.
 *
 * <p>The key comes from a file ({@code agora.security.bootstrap.admin-key-file}, e.g. a mounted secret) or from the
 * environment ({@code AGORA_SECURITY_BOOTSTRAP_ADMIN_KEY}); given on the command line or as a {@code -D} system property
 * — both visible to every user through {@code ps} — it is refused and the server does not start. So is a weak secret
 * ({@link SecretStrength}).
 */
@Component
class BootstrapAdminKey implements ApplicationRunner {

    static final String KEY = "agora.security.bootstrap.admin-key";
    static final String KEY_FILE = "agora.security.bootstrap.admin-key-file";
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdminKey.class);

    private final IssueApiKeyUseCase keys;
    private final String uai;
    private final String name;
    private final String token;

    @Autowired
    BootstrapAdminKey(IssueApiKeyUseCase keys, ConfigurableEnvironment env) {
        this(keys, env.getProperty("agora.security.bootstrap.uai"), env.getProperty("agora.security.bootstrap.name", "Établissement"),
                readToken(env));
    }

    BootstrapAdminKey(IssueApiKeyUseCase keys, String uai, String name, String token) {
        this.keys = keys;
        this.uai = uai;
        this.name = name;
        this.token = token;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (token == null) {
            return;
        }
        if (uai == null || uai.isBlank()) {
            throw new IllegalStateException(KEY + " is set but agora.security.bootstrap.uai is not");
        }
        int dot = token.indexOf('.');
        String weakness = SecretStrength.weakness(dot < 0 ? null : token.substring(dot + 1));
        if (weakness != null) {
            throw new IllegalStateException("Refusing the bootstrap admin key: " + weakness);
        }
        IssueApiKeyUseCase.IssuedKey k = keys.registerSchool(new IssueApiKeyUseCase.RegisterCommand(Uai.of(uai), name,
                Caller.Role.SCHOOL_ADMIN, "bootstrap-admin", token));
        LOG.info("Bootstrap admin key {} ready for establishment {}", k.keyId(), k.uai());
    }

    /** The key from its file or the environment; null when none is configured. */
    static String readToken(ConfigurableEnvironment env) {
        return ConfiguredSecrets.read(env, KEY, "AGORA_SECURITY_BOOTSTRAP_ADMIN_KEY");
    }
}
