package fr.agora.adapter.in.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The configured bootstrap key ({@code agora.security.bootstrap.*}) registers its school and authenticates as its
 * admin; a restart with the same configuration changes nothing. (Run on the shared context: the runner is called
 * directly, as Spring would at start-up.)
 */
class BootstrapAdminKeyApiTest extends ApiTestSupport {

    static final String KEY = "agk_0123456789abcdef.bootstrap-secret-from-a-vault-0123456789";

    @Autowired
    IssueApiKeyUseCase keys;

    @Test
    void the_configured_key_is_the_admin_key_of_the_configured_school() {
        BootstrapAdminKey bootstrap = new BootstrapAdminKey(keys, "0180777X", "Lycée du Cher", KEY);
        bootstrap.run(null);
        bootstrap.run(null); // a restart

        ApiResponse r = post("/api/v1/establishments/0180777X/api-keys", "{\"role\":\"TEACHER\",\"subject\":\"prof\"}",
                "Authorization", "Bearer " + KEY);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(get("/api/v1/establishments/0180777X/cohorts", "Authorization", "Bearer " + r.tree().get("token").asString()).status())
                .isEqualTo(200);
        assertThat(get("/api/v1/establishments/0180778X/cohorts", "Authorization", "Bearer " + KEY).status()).isEqualTo(404);
    }
}
