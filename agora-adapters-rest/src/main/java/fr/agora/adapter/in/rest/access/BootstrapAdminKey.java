package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.Uai;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The first key of a school, from configuration: with {@code agora.security.bootstrap.uai} and
 * {@code agora.security.bootstrap.admin-key} (a token of the form {@code agk_<16 hex>.<≥ 32 base64url>}, e.g. from a
 * secret store) the school is registered if absent and the key is stored (hashed) as its SCHOOL_ADMIN key. Idempotent
 * across restarts. That admin then issues every other key through {@code POST …/api-keys}.
 */
@Component
@ConditionalOnProperty(name = "agora.security.bootstrap.admin-key")
class BootstrapAdminKey implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdminKey.class);

    private final IssueApiKeyUseCase keys;
    private final String uai;
    private final String name;
    private final String token;

    BootstrapAdminKey(IssueApiKeyUseCase keys, @Value("${agora.security.bootstrap.uai}") String uai,
                      @Value("${agora.security.bootstrap.name:Établissement}") String name,
                      @Value("${agora.security.bootstrap.admin-key}") String token) {
        this.keys = keys;
        this.uai = uai;
        this.name = name;
        this.token = token;
    }

    @Override
    public void run(ApplicationArguments args) {
        IssueApiKeyUseCase.IssuedKey k = keys.registerSchool(new IssueApiKeyUseCase.RegisterCommand(Uai.of(uai), name,
                Caller.Role.SCHOOL_ADMIN, "bootstrap-admin", token));
        LOG.info("Bootstrap admin key {} ready for establishment {}", k.keyId(), k.uai());
    }
}
