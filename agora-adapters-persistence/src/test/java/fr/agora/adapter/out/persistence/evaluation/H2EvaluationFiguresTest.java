package fr.agora.adapter.out.persistence.evaluation;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** Figures on H2 (PostgreSQL mode) behind a connection pool, as the application runs it. */
class H2EvaluationFiguresTest extends EvaluationFiguresContract {
    private static final DataSource DS;

    static {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:mem:eval-figures;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        c.setUsername("sa");
        c.setPassword("");
        c.setMaximumPoolSize(4);
        DS = new HikariDataSource(c);
    }

    @Override protected DataSource dataSource() { return DS; }
    @Override protected String name() { return "H2"; }
}
