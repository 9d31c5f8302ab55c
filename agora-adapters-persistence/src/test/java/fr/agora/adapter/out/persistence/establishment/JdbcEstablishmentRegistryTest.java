package fr.agora.adapter.out.persistence.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.out.persistence.access.JdbcApiKeyStore;
import fr.agora.adapter.out.persistence.assessment.JdbcEstablishmentStore;
import fr.agora.adapter.out.persistence.support.TestDatabases;
import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registry of schools and the key store's reading of their status, on H2 and on a real PostgreSQL. */
class JdbcEstablishmentRegistryTest {

    static final Uai LLG = Uai.of("0750654D");
    static final Uai H4 = Uai.of("0750699C");
    static final Instant T0 = Instant.parse("2026-12-07T08:00:00.123456Z");

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void schools_are_inserted_once_listed_by_uai_and_disabled_and_enabled(TestDatabases.Engine engine) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.fresh(engine));
        JdbcEstablishmentRegistry registry = new JdbcEstablishmentRegistry(jdbc);
        RegisteredEstablishment llg = new RegisteredEstablishment(LLG, "Lycée Louis-le-Grand", T0, null);
        assertThat(registry.insertEstablishment(llg)).isTrue();
        assertThat(registry.insertEstablishment(new RegisteredEstablishment(LLG, "Autre", T0, null))).isFalse();
        assertThat(registry.insertEstablishment(new RegisteredEstablishment(H4, "Lycée Henri-IV", T0, null))).isTrue();

        assertThat(registry.findEstablishment(LLG)).contains(llg);
        assertThat(registry.listEstablishments(0, 10)).extracting(RegisteredEstablishment::uai).containsExactly(LLG, H4);
        assertThat(registry.listEstablishments(1, 10)).extracting(RegisteredEstablishment::uai).containsExactly(H4);
        assertThat(registry.countEstablishments()).isEqualTo(2);
        // the school features read the same row, with the default policy
        assertThat(new JdbcEstablishmentStore(jdbc).loadEstablishment(LLG).orElseThrow().defaultPolicy()).isEqualTo(AggregationPolicy.schoolDefault());

        assertThat(registry.updateDisabledAt(LLG, T0.plusSeconds(60))).isTrue();
        assertThat(registry.findEstablishment(LLG).orElseThrow().disabledAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(registry.updateDisabledAt(LLG, null)).isTrue();
        assertThat(registry.findEstablishment(LLG).orElseThrow().disabled()).isFalse();
        assertThat(registry.updateDisabledAt(Uai.of("0000000A"), T0)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void a_school_registered_the_older_way_gets_a_registration_time_and_its_keys_carry_its_status(TestDatabases.Engine engine) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.fresh(engine));
        new JdbcEstablishmentStore(jdbc).saveEstablishment(new Establishment(LLG, "Bootstrap", null));
        JdbcEstablishmentRegistry registry = new JdbcEstablishmentRegistry(jdbc);
        assertThat(registry.findEstablishment(LLG).orElseThrow().createdAt()).isNotNull();

        JdbcApiKeyStore keys = new JdbcApiKeyStore(jdbc);
        keys.saveApiKey(new StoredApiKey("00112233445566aa", LLG, "SCHOOL_ADMIN", "admin", "ab".repeat(32), null, T0, false));
        keys.saveApiKey(new StoredApiKey("00112233445566bb", LLG, "TEACHER", "prof", "cd".repeat(32), "salle 12", T0.plusSeconds(1), true));
        assertThat(keys.findApiKey("00112233445566aa").orElseThrow().establishmentDisabled()).isFalse();
        registry.updateDisabledAt(LLG, T0);
        assertThat(keys.findApiKey("00112233445566aa").orElseThrow().establishmentDisabled()).isTrue();

        assertThat(keys.listApiKeys(LLG, 0, 10)).extracting(StoredApiKey::keyId).containsExactly("00112233445566bb", "00112233445566aa");
        assertThat(keys.listApiKeys(LLG, 1, 10)).extracting(StoredApiKey::keyId).containsExactly("00112233445566aa");
        assertThat(keys.listApiKeys(H4, 0, 10)).isEmpty();
        assertThat(keys.countApiKeys(LLG)).isEqualTo(2);
        assertThat(keys.listApiKeys(LLG, 0, 1).get(0).revoked()).isTrue();
    }
}
