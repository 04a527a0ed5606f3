package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Runs the SQL scripts the Camunda engine jar ships for the database in use, so that the engine's
 * tables are made by Flyway like ours, never by a starting engine (two replicas starting together
 * would race). Only the parts our engine uses: the runtime ("engine") and the history tables; the
 * identity, case and decision parts are switched off in {@code ProcessEngineLifecycle}.
 *
 * <p>A Camunda upgrade is a new migration calling {@link #upgrade} with the shipped upgrade
 * scripts in order, e.g. {@code upgrade(context, "engine_7.24_to_7.25")}.
 */
final class EngineScripts {

    private static final String ROOT = "org/camunda/bpm/engine/db/";

    private EngineScripts() {
    }

    /** Camunda's name for the database: {@code postgres} or {@code h2}. */
    static String databaseType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "PostgreSQL" -> "postgres";
            case "H2" -> "h2";
            default -> throw new IllegalStateException("No Camunda scripts chosen for database " + product);
        };
    }

    /** Whether the engine made its tables itself before this migration existed (schema update on). */
    static boolean engineTablesExist(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs {@code db/create/activiti.<db>.create.<part>.sql} for each part. */
    static void create(Connection connection, String... parts) throws SQLException, IOException {
        String db = databaseType(connection);
        for (String part : parts) {
            run(connection, ROOT + "create/activiti." + db + ".create." + part + ".sql");
        }
    }

    /** Runs {@code db/upgrade/<db>_<step>.sql} for each step, e.g. {@code engine_7.24_to_7.25}. */
    static void upgrade(Connection connection, String... steps) throws SQLException, IOException {
        String db = databaseType(connection);
        for (String step : steps) {
            run(connection, ROOT + "upgrade/" + db + "_" + step + ".sql");
        }
    }

    private static void run(Connection connection, String resource) throws SQLException, IOException {
        String script;
        try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The Camunda engine jar has no " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement sql = connection.createStatement()) {
            for (String statement : statements(script)) {
                sql.execute(statement);
            }
        }
    }

    /** Statements as Camunda's own schema code reads them: comment lines dropped, ';' at a line's end closes one. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
