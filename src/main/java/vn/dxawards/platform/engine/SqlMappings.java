package vn.dxawards.platform.engine;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;

/**
 * The engine's SQL mappings, parsed beside the application's start rather than in its way.
 *
 * <p>Building the engine is mostly MyBatis reading the engine's mapping files (about half of the
 * main thread's CPU at start). That needs neither the database nor its schema, only the database
 * type, so the parse starts as soon as the container is up and runs while Flyway, Hibernate and the
 * rest of the start go on; the engine then takes the result and gives it the real datasource. One
 * parse serves one engine: an engine built again in the same JVM (tests that restart the
 * application) parses afresh.
 */
final class SqlMappings {

    private static CompletableFuture<SqlSessionFactory> parsing;
    private static String parsedFor;

    private SqlMappings() {
    }

    /** The engine's name for the database of a Quarkus {@code db-kind}, or null when it has none. */
    static String databaseType(String dbKind) {
        return switch (dbKind == null ? "" : dbKind) {
            case "postgresql", "pgsql", "pg" -> "postgres";
            case "h2" -> "h2";
            default -> null;
        };
    }

    /** Starts parsing the mappings for the database type on a thread of its own (once). */
    static synchronized void startParsing(String databaseType) {
        if (databaseType == null || parsing != null) {
            return;
        }
        parsedFor = databaseType;
        parsing = new CompletableFuture<>();
        CompletableFuture<SqlSessionFactory> result = parsing;
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                result.complete(new QuarkusEngineConfiguration().parseSqlMappings(databaseType, NO_DATABASE));
                org.jboss.logging.Logger.getLogger(SqlMappings.class).debugf("The engine's SQL mappings parsed ahead in %d ms",
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "engine-sql-mappings");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The mappings parsed for this database type, now on the real datasource; null when none were
     * started for it or the parse failed (the engine then parses them itself, as it would anyway).
     */
    static SqlSessionFactory take(String databaseType, DataSource dataSource) {
        CompletableFuture<SqlSessionFactory> started;
        synchronized (SqlMappings.class) {
            started = databaseType != null && databaseType.equals(parsedFor) ? parsing : null;
            parsing = null;
            parsedFor = null;
        }
        if (started == null) {
            return null;
        }
        try {
            SqlSessionFactory factory = started.join();
            factory.getConfiguration().setEnvironment(
                    new Environment("default", new ManagedTransactionFactory(), dataSource));
            return factory;
        } catch (CompletionException e) {
            org.jboss.logging.Logger.getLogger(SqlMappings.class)
                    .warnf("The engine's SQL mappings could not be parsed ahead: %s", e.getCause());
            return null;
        }
    }

    /** Stands in for the datasource while parsing, which never opens a connection. */
    private static final DataSource NO_DATABASE = new DataSource() {
        @Override
        public Connection getConnection() {
            throw new IllegalStateException("the SQL mappings are parsed without a database");
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
            throw new java.sql.SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    };
}
