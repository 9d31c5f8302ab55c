package fr.agora.adapter.in.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/** Failed authentications limited (429 + Retry-After) and bootstrap keys from a file or the environment only. */
class AuthenticationHardeningApiTest extends ApiTestSupport {

    @Test
    void wrong_secrets_for_one_key_end_in_429_with_retry_after() {
        String wrong = "Bearer agk_feedfacefeedface.wrong-secret-wrong-secret-wrong-secret";
        for (int i = 0; i < 5; i++) { // per-key limit of the test profile
            assertThat(get("/api/v1/establishments/0750001A/cohorts", "Authorization", wrong).status()).isEqualTo(401);
        }
        var r = get("/api/v1/establishments/0750001A/cohorts", "Authorization", wrong);
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(r.body()).doesNotContain("wrong-secret");
        // the same key through the token endpoint is held back too
        var token = send("POST", "/api/v1/oauth/token", "grant_type=client_credentials&client_id=feedfacefeedface&client_secret=x",
                "application/x-www-form-urlencoded");
        assertThat(token.status()).isEqualTo(429);
        assertThat(token.header("Retry-After")).isNotNull();
    }

    @Test
    void the_bootstrap_key_is_refused_from_the_command_line(@TempDir Path dir) throws Exception {
        StandardEnvironment cli = new StandardEnvironment();
        cli.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
                "--agora.security.bootstrap.admin-key=agk_0123456789abcdef.bootstrap-secret-from-a-vault-0123456789"));
        assertThatThrownBy(() -> BootstrapAdminKey.readToken(cli)).hasMessageContaining("commandLineArgs");

        Path file = dir.resolve("admin.key");
        Files.writeString(file, "agk_0123456789abcdef.bootstrap-secret-from-a-vault-0123456789\n");
        StandardEnvironment fromFile = new StandardEnvironment();
        fromFile.getPropertySources().addFirst(new MapPropertySource("application", Map.of(BootstrapAdminKey.KEY_FILE, file.toString())));
        assertThat(BootstrapAdminKey.readToken(fromFile)).isEqualTo("agk_0123456789abcdef.bootstrap-secret-from-a-vault-0123456789");
    }

    @Test
    void a_weak_bootstrap_secret_stops_the_start() {
        BootstrapAdminKey weak = new BootstrapAdminKey(null, "0180777X", "Lycée", "agk_0123456789abcdef." + "a".repeat(32));
        assertThatThrownBy(() -> weak.run(null)).hasMessageContaining("Refusing the bootstrap admin key");
    }
}
