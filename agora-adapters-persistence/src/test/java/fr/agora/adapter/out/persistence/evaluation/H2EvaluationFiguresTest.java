package fr.agora.adapter.out.persistence.evaluation;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class H2EvaluationFiguresTest extends EvaluationFiguresContract {
    private static final DataSource DS = new DriverManagerDataSource(
            "jdbc:h2:mem:eval-figures;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");

    @Override protected DataSource dataSource() { return DS; }
    @Override protected String name() { return "H2"; }
}
