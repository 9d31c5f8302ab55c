package fr.agora.adapter.out.persistence.assessment;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The store contract on the embedded default: H2 in PostgreSQL mode, as configured by the application. */
class H2JdbcEvaluationStoreTest extends JdbcEvaluationStoreContract {

    private static final DataSource DS = new DriverManagerDataSource(
            "jdbc:h2:mem:eval-store;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    protected DataSource dataSource() {
        return DS;
    }
}
