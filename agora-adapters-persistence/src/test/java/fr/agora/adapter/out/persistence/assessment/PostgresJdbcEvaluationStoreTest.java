package fr.agora.adapter.out.persistence.assessment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL started inside the test run. */
class PostgresJdbcEvaluationStoreTest extends JdbcEvaluationStoreContract {

    static EmbeddedPostgres pg;
    /**
     * One instance for the whole class: {@code getPostgresDatabase()} makes a new DataSource at each call, and Spring
     * binds a transaction to its DataSource instance — with two instances, the JdbcTemplate's statements would run
     * outside the transaction manager's transaction (autocommitted), and a rolled-back write would stay.
     */
    static DataSource ds;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.start();
        ds = pg.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) pg.close();
    }

    @Override
    protected DataSource dataSource() {
        return ds;
    }
}
