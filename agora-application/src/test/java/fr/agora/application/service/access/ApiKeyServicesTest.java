package fr.agora.application.service.access;

import fr.agora.domain.shared.Sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.access.IssueApiKeyUseCase.IssuedKey;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The two API-key use cases over one in-memory store: keys issued by the one authenticate through the other. */
class ApiKeyServicesTest {

    static final Uai A = Uai.of("0750001A");
    static final Uai B = Uai.of("0690002B");

    final Map<String, ApiKeyPort.StoredApiKey> keys = new HashMap<>();
    final Map<Uai, Establishment> schools = new HashMap<>();
    static final Clock AT_8 = Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC);

    final ApiKeyPort port = new ApiKeyPort() {
        @Override
        public void saveApiKey(StoredApiKey key) {
            if (keys.putIfAbsent(key.keyId(), key) != null) throw new IllegalStateException("duplicate");
        }

        @Override
        public Optional<StoredApiKey> findApiKey(String keyId) {
            return Optional.ofNullable(keys.get(keyId));
        }

        @Override
        public boolean revokeApiKey(Uai uai, String keyId) {
            return false;
        }
    };
    final IssueApiKeyService issuing = new IssueApiKeyService(port, uai -> Optional.ofNullable(schools.get(uai)),
            e -> schools.put(e.uai(), e), direct(), AT_8);
    final AuthenticateApiKeyService auth = new AuthenticateApiKeyService(port, AT_8);

    IssuedKey admin(Uai uai) {
        return issuing.registerSchool(new IssueApiKeyUseCase.RegisterCommand(uai, "Lycée", Caller.Role.SCHOOL_ADMIN, "admin", null));
    }

    @Test
    void a_registered_school_gets_an_admin_key_that_authenticates_and_only_its_hash_is_stored() {
        IssuedKey k = admin(A);
        assertThat(schools).containsKey(A);
        assertThat(k.token()).matches("agk_[0-9a-f]{16}\\.[A-Za-z0-9_-]{43}");
        String secret = k.token().substring(k.token().indexOf('.') + 1);
        ApiKeyPort.StoredApiKey stored = keys.get(k.keyId());
        assertThat(stored.secretHash()).hasSize(64).isEqualTo(Sha256.hex(secret)).doesNotContain(secret);
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
        assertThat(auth.authenticate(k.token())).contains(Caller.ofApiKey(A, Caller.Role.SCHOOL_ADMIN, "admin", k.keyId()));
    }

    @Test
    void a_wrong_secret_an_unknown_id_a_revoked_key_or_garbage_do_not_authenticate() {
        IssuedKey k = admin(A);
        String token = k.token();
        assertThat(auth.authenticate(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"))).isEmpty();
        assertThat(auth.authenticate("agk_0123456789abcdef." + token.substring(token.indexOf('.') + 1))).isEmpty();
        assertThat(auth.authenticate("Bearer " + token)).isEmpty();
        assertThat(auth.authenticate("")).isEmpty();
        assertThat(auth.authenticate(null)).isEmpty();
        ApiKeyPort.StoredApiKey s = keys.get(k.keyId());
        keys.put(k.keyId(), new ApiKeyPort.StoredApiKey(s.keyId(), s.uai(), s.role(), s.subject(), s.secretHash(), s.label(), s.createdAt(), true));
        assertThat(auth.authenticate(token)).isEmpty();
    }

    @Test
    void only_a_school_admin_issues_keys_of_its_own_school_and_a_tutor_key_names_an_email() {
        admin(A);
        Caller adminA = new Caller(A, Caller.Role.SCHOOL_ADMIN, "admin");
        IssuedKey tutor = issuing.issue(new IssueApiKeyUseCase.Command(adminA, Caller.Role.TUTOR, " C.Dubois@Mutuelle.FR ", null));
        assertThat(auth.authenticate(tutor.token())).contains(Caller.ofApiKey(A, Caller.Role.TUTOR, "c.dubois@mutuelle.fr", tutor.keyId()));
        assertThatThrownBy(() -> issuing.issue(new IssueApiKeyUseCase.Command(adminA, Caller.Role.TUTOR, "Claire", null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("subject");
        assertThatThrownBy(() -> issuing.issue(new IssueApiKeyUseCase.Command(new Caller(A, Caller.Role.TEACHER, "t"), Caller.Role.SCHOOL_ADMIN, "x", null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_preset_bootstrap_key_is_idempotent_across_restarts_and_never_rebound_to_another_school() {
        String preset = "agk_00112233445566aa.abcdefghijklmnopqrstuvwxyzABCDEF0123456789_-";
        IssueApiKeyUseCase.RegisterCommand cmd = new IssueApiKeyUseCase.RegisterCommand(A, "Lycée", Caller.Role.SCHOOL_ADMIN, "admin", preset);
        assertThat(issuing.registerSchool(cmd).token()).isEqualTo(preset);
        assertThat(issuing.registerSchool(cmd).keyId()).isEqualTo("00112233445566aa");
        assertThat(keys).hasSize(1);
        assertThat(auth.authenticate(preset)).contains(Caller.ofApiKey(A, Caller.Role.SCHOOL_ADMIN, "admin", "00112233445566aa"));
        assertThatThrownBy(() -> issuing.registerSchool(new IssueApiKeyUseCase.RegisterCommand(B, "Autre", Caller.Role.SCHOOL_ADMIN, "admin", preset)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> issuing.registerSchool(new IssueApiKeyUseCase.RegisterCommand(A, "Lycée", Caller.Role.SCHOOL_ADMIN, "admin", "agk_short.x")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("token");
    }

    @Test
    void hmac_sha256_matches_rfc_4231_test_case_2() {
        byte[] mac = AuthenticateApiKeyService.hmacSha256("Jefe".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(java.util.HexFormat.of().formatHex(mac)).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void an_api_key_is_exchanged_for_a_short_lived_access_token_that_authenticates_until_it_expires_or_the_key_is_revoked() {
        IssuedKey k = admin(A);
        var token = auth.exchange(k.token()).orElseThrow();
        assertThat(token.expiresInSeconds()).isEqualTo(900);
        assertThat(token.token()).startsWith("agt_" + k.keyId() + ".");
        // the same caller as its key (the idempotency scope: docs/idempotency.md §2)
        assertThat(auth.authenticate(token.token())).contains(Caller.ofApiKey(A, Caller.Role.SCHOOL_ADMIN, "admin", k.keyId()));
        assertThat(auth.exchange(k.token() + "x")).isEmpty();
        assertThat(auth.exchange(token.token())).isEmpty(); // an access token does not buy another one
        String forged = token.token().substring(0, token.token().lastIndexOf('.') + 1) + "A".repeat(43);
        assertThat(auth.authenticate(forged)).isEmpty();

        AuthenticateApiKeyService later = new AuthenticateApiKeyService(portOf(keys),
                Clock.fixed(Instant.parse("2026-01-05T08:15:01Z"), ZoneOffset.UTC));
        assertThat(later.authenticate(token.token())).isEmpty(); // other process, other signing key

        ApiKeyPort.StoredApiKey s = keys.get(k.keyId());
        keys.put(k.keyId(), new ApiKeyPort.StoredApiKey(s.keyId(), s.uai(), s.role(), s.subject(), s.secretHash(), s.label(), s.createdAt(), true));
        assertThat(auth.authenticate(token.token())).isEmpty();
    }

    @Test
    void an_access_token_expires() {
        byte[] signing = new byte[32];
        IssueApiKeyService issuingAt8 = new IssueApiKeyService(portOf(keys), uai -> Optional.ofNullable(schools.get(uai)),
                e -> schools.put(e.uai(), e), direct(), AT_8);
        AuthenticateApiKeyService at8 = new AuthenticateApiKeyService(portOf(keys), AT_8, signing, java.time.Duration.ofMinutes(15));
        AuthenticateApiKeyService at815 = new AuthenticateApiKeyService(portOf(keys),
                Clock.fixed(Instant.parse("2026-01-05T08:15:00Z"), ZoneOffset.UTC), signing, java.time.Duration.ofMinutes(15));
        AuthenticateApiKeyService at814 = new AuthenticateApiKeyService(portOf(keys),
                Clock.fixed(Instant.parse("2026-01-05T08:14:59Z"), ZoneOffset.UTC), signing, java.time.Duration.ofMinutes(15));
        IssuedKey k = issuingAt8.registerSchool(new IssueApiKeyUseCase.RegisterCommand(A, "Lycée", Caller.Role.TEACHER, "prof", null));
        String token = at8.exchange(k.token()).orElseThrow().token();
        assertThat(at814.authenticate(token)).isPresent();
        assertThat(at815.authenticate(token)).isEmpty();
    }

    static ApiKeyPort portOf(Map<String, ApiKeyPort.StoredApiKey> keys) {
        return new ApiKeyPort() {
            @Override
            public void saveApiKey(StoredApiKey key) {
                keys.put(key.keyId(), key);
            }

            @Override
            public Optional<StoredApiKey> findApiKey(String keyId) {
                return Optional.ofNullable(keys.get(keyId));
            }

            @Override
            public boolean revokeApiKey(Uai uai, String keyId) {
                StoredApiKey k = keys.get(keyId);
                if (k == null || !k.uai().equals(uai)) return false;
                keys.put(keyId, new StoredApiKey(k.keyId(), k.uai(), k.role(), k.subject(), k.secretHash(), k.label(), k.createdAt(), true));
                return true;
            }
        };
    }

    static TransactionPort direct() {
        return new TransactionPort() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
