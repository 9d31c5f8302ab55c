package fr.agora.adapter.out.persistence.referentiel;

import fr.agora.application.port.out.referentiel.StoredVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.adapter.out.persistence.support.TestDatabases;
import fr.agora.adapter.out.persistence.support.TestDatabases.Engine;
import fr.agora.application.port.out.referentiel.ReferentielSnapshot;
import fr.agora.application.service.referentiel.ReferentielCatalogService;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Contract of LoadReferentielPort + SaveReferentielPort, on the embedded H2 and on a real PostgreSQL. */
class ReferentielPersistenceAdapterTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private static ReferentielSnapshot snapshot(String id, String content) {
        return new ReferentielSnapshot(id, "1", "Bac Pro AGOrA", "a".repeat(64), content);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void stores_and_reloads_a_version_byte_for_byte(Engine engine) {
        DataSource ds = TestDatabases.fresh(engine);
        var adapter = new ReferentielPersistenceAdapter(ds, Clock.fixed(T0, ZoneOffset.UTC));
        String content = "{\"id\":\"agora-2020\",\"title\":\"Trésorerie, œuvre — “quotes”\"}";

        adapter.insert(snapshot("agora-2020", content));

        var stored = adapter.load("agora-2020").orElseThrow();
        assertThat(stored.content()).isEqualTo(content);
        assertThat(stored.checksum()).isEqualTo("a".repeat(64));
        assertThat(stored.loadedAt()).isEqualTo(T0);
        assertThat(adapter.loadVersions()).containsExactly(
                new StoredVersion("agora-2020", stored.version(), stored.title(), "a".repeat(64), T0));
        assertThat(adapter.load("nope")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_version_is_stored_once(Engine engine) {
        DataSource ds = TestDatabases.fresh(engine);
        var adapter = new ReferentielPersistenceAdapter(ds);
        adapter.insert(snapshot("agora-2020", "{}"));

        assertThatThrownBy(() -> adapter.insert(snapshot("agora-2020", "{\"changed\":true}")))
                .isInstanceOf(RuntimeException.class);
        assertThat(adapter.load("agora-2020").orElseThrow().content()).isEqualTo("{}");
    }

    /** The real bundled référentiel through the publication use case: byte-exact round trip, idempotent restart. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void the_bundled_referentiel_is_published_once_and_reads_back_identical(Engine engine) {
        DataSource ds = TestDatabases.fresh(engine);
        var adapter = new ReferentielPersistenceAdapter(ds);

        var first = new ReferentielCatalogService(adapter, adapter).publishBundled();
        // a second process starting on the same database
        var restart = new ReferentielCatalogService(adapter, adapter);
        var second = restart.publishBundled();

        assertThat(first.published()).containsExactly("agora-2020");
        assertThat(second.alreadyPresent()).containsExactly("agora-2020");
        Referentiel read = restart.referentiel("agora-2020");
        assertThat(read).isEqualTo(Referentiels.agora2020());
    }
}
