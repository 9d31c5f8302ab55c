package fr.agora.adapter.in.rest.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises "the database is away" in an exception's cause chain, without the REST adapter compiling against the
 * persistence stack: a JDBC connection failure (no connection from the pool within its timeout, a refused or broken
 * connection, SQLState class 08) or Spring's resource-failure exceptions, by name. Such errors are a 503 with
 * {@code Retry-After}: the pool replaces broken connections by itself, so the service recovers without a restart.
 */
public final class DatabaseUnavailable {

    public static final long RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException || c instanceof java.net.ConnectException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            for (Class<?> k = c.getClass(); k != null; k = k.getSuperclass()) {
                String n = k.getName();
                if (n.equals("org.springframework.dao.DataAccessResourceFailureException")
                        || n.equals("org.springframework.dao.TransientDataAccessResourceException")) {
                    return true;
                }
            }
        }
        return false;
    }
}
