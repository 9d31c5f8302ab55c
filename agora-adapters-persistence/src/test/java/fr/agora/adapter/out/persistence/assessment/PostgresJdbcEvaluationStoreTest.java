package fr.agora.adapter.out.persistence.assessment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL started inside the test run. */
class PostgresJdbcEvaluationStoreTest extends JdbcEvaluationStoreContract {

    static EmbeddedPostgres pg;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) pg.close();
    }

    @Override
    protected DataSource dataSource() {
        return pg.getPostgresDatabase();
    }
}
