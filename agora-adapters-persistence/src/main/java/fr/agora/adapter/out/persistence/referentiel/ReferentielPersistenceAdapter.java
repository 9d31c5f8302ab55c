package fr.agora.adapter.out.persistence.referentiel;

import fr.agora.application.port.out.referentiel.StoredVersion;
import fr.agora.application.port.out.referentiel.LoadReferentielPort;
import fr.agora.application.port.out.referentiel.ReferentielSnapshot;
import fr.agora.application.port.out.referentiel.SaveReferentielPort;
import fr.agora.application.port.out.referentiel.StoredReferentiel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Référentiel versions in the {@code referentiel_*} tables (Flyway {@code V1__referentiel.sql}). */
@Component
class ReferentielPersistenceAdapter implements LoadReferentielPort, SaveReferentielPort {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    @Autowired // two constructors: the clock one is for tests
    ReferentielPersistenceAdapter(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    ReferentielPersistenceAdapter(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    @Override
    public List<StoredVersion> loadVersions() {
        return jdbc.sql("SELECT id, version, title, checksum, loaded_at FROM referentiel_version ORDER BY loaded_at, id")
                .query((rs, row) -> new StoredVersion(rs.getString("id"), rs.getString("version"), rs.getString("title"),
                        rs.getString("checksum"), rs.getTimestamp("loaded_at").toInstant())).list();
    }

    @Override
    public Optional<StoredReferentiel> load(String id) {
        return jdbc.sql("SELECT id, version, title, checksum, content, loaded_at FROM referentiel_version WHERE id = ?")
                .param(id).query(ReferentielPersistenceAdapter::stored).optional();
    }

    @Override
    public void insert(ReferentielSnapshot s) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO referentiel_version (id, version, title, checksum, content, loaded_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(s.id(), s.version(), s.title(), s.checksum(), s.content(), Timestamp.from(Instant.now(clock)))
                    .update();
        });
    }

    private static StoredReferentiel stored(ResultSet rs, int row) throws SQLException {
        return new StoredReferentiel(rs.getString("id"), rs.getString("version"), rs.getString("title"),
                rs.getString("checksum"), rs.getString("content"), rs.getTimestamp("loaded_at").toInstant());
    }
}
