package fr.agora.adapter.in.rest.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Tells a newcomer, once at start-up, how to get a key for the school endpoints when none is configured. */
@Component
class ApiKeyStartupHint implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyStartupHint.class);

    private final Environment env;

    ApiKeyStartupHint(Environment env) {
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (env.acceptsProfiles(Profiles.of("demo")) || env.containsProperty("agora.security.bootstrap.admin-key") || env.containsProperty("agora.security.bootstrap.admin-key-file")) return;
        LOG.info("School endpoints (/api/v1/establishments/…) need an API key. To try them: restart with the demo profile "
                + "(-Dspring-boot.run.profiles=demo, in-memory data, keys printed), or configure a first admin key with "
                + "agora.security.bootstrap.uai and the key in a file (.admin-key-file) or AGORA_SECURITY_BOOTSTRAP_ADMIN_KEY (see docs/evaluation.md §13.2), "
                + "or set AGORA_PLATFORM_OPERATOR_KEY_SHA256 and create schools with POST /api/v1/establishments (see docs/access.md).");
    }
}
