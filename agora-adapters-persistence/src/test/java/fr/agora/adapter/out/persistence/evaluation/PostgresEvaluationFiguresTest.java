package fr.agora.adapter.out.persistence.evaluation;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Figures on a real PostgreSQL behind a connection pool, as the application runs it. */
class PostgresEvaluationFiguresTest extends EvaluationFiguresContract {
    static EmbeddedPostgres pg;
    static HikariDataSource ds;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.start();
        HikariConfig c = new HikariConfig();
        c.setDataSource(pg.getPostgresDatabase());
        c.setMaximumPoolSize(4);
        ds = new HikariDataSource(c);
    }

    @AfterAll
    static void stop() throws IOException {
        if (ds != null) ds.close();
        if (pg != null) pg.close();
    }

    @Override protected DataSource dataSource() { return ds; }
    @Override protected void analyze(org.springframework.jdbc.core.JdbcTemplate jdbc) { jdbc.execute("ANALYZE"); }
    @Override protected String name() { return "PostgreSQL"; }
}
