package fr.agora.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.access.ApiKeySummary;
import fr.agora.application.port.in.access.ListApiKeysCommand;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.PlatformOperator;
import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.application.port.out.access.ListApiKeysPort;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator's credential check, and a school admin's list of its keys. */
class OperatorAndKeyListTest {

    // printf %s 'operator-secret-for-tests-0123456789-abcdefXYZ' | sha256sum
    static final String SECRET = "operator-secret-for-tests-0123456789-abcdefXYZ";
    static final String SECRET_SHA256 = "219b60cd86260c70f3ec7473c982e6784019bcd5a717a5642046185292cc2d13";

    @Test
    void the_operator_is_recognised_by_the_sha256_of_its_secret_only() {
        String hash = SECRET_SHA256;
        assertThat(fr.agora.domain.shared.Sha256.hex(SECRET)).isEqualTo(hash);
        AuthenticateOperatorService operator = new AuthenticateOperatorService(hash.toUpperCase());
        assertThat(operator.configured()).isTrue();
        assertThat(operator.authenticate(SECRET)).contains(PlatformOperator.CONFIGURED);
        assertThat(operator.authenticate(SECRET + "x")).isEmpty();
        assertThat(operator.authenticate(hash)).as("the hash itself is not the secret").isEmpty();
        assertThat(operator.authenticate("")).isEmpty();
        assertThat(operator.authenticate(null)).isEmpty();
    }

    @Test
    void without_a_configured_hash_nobody_is_the_operator_and_a_malformed_one_is_refused_at_start() {
        assertThat(new AuthenticateOperatorService(null).authenticate(SECRET)).isEmpty();
        assertThat(new AuthenticateOperatorService(" ").configured()).isFalse();
        assertThatThrownBy(() -> new AuthenticateOperatorService("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthenticateOperatorService("z".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_school_admin_lists_its_keys_without_secret_or_hash_and_other_roles_may_not() {
        Uai uai = Uai.of("0750654D");
        Instant t = Instant.parse("2026-12-07T08:00:00Z");
        List<StoredApiKey> stored = List.of(new StoredApiKey("00112233445566aa", uai, "TEACHER", "prof", "f".repeat(64), "salle 12", t, false),
                new StoredApiKey("00112233445566bb", uai, "SCHOOL_ADMIN", "school-admin", "e".repeat(64), null, t, true));
        ListApiKeysPort port = new ListApiKeysPort() {
            @Override
            public List<StoredApiKey> listApiKeys(Uai u, int offset, int limit) {
                assertThat(u).isEqualTo(uai);
                return stored.stream().skip(offset).limit(limit).toList();
            }

            @Override
            public long countApiKeys(Uai u) {
                return stored.size();
            }
        };
        ListApiKeysService list = new ListApiKeysService(port);
        Page<ApiKeySummary> page = list.list(new ListApiKeysCommand(new Caller(uai, Caller.Role.SCHOOL_ADMIN, "admin"), 0, 1));
        assertThat(page.items()).containsExactly(new ApiKeySummary("00112233445566aa", Caller.Role.TEACHER, "prof", "salle 12", t, false));
        assertThat(page.total()).isEqualTo(2);
        assertThat(ApiKeySummary.class.getRecordComponents()).extracting(c -> c.getName()).doesNotContain("secretHash", "token", "secret");
        assertThatThrownBy(() -> list.list(new ListApiKeysCommand(new Caller(uai, Caller.Role.TEACHER, "t"), 0, 1)))
                .isInstanceOf(ForbiddenException.class);
    }
}
