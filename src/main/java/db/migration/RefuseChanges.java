package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;

/**
 * A PostgreSQL trigger that refuses every update and delete of a table's rows, whoever tries (the
 * embedded H2 of the demo relies on the application instead).
 */
final class RefuseChanges {

    private RefuseChanges() {
    }

    /** Installs trigger and function {@code name} on {@code table}; {@code reason} leads the error. */
    static void on(Context context, String table, String name, String reason) throws SQLException {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function %s() returns trigger language plpgsql as $$
                    begin
                      raise exception '%s: %% is not allowed', tg_op;
                    end $$""".formatted(name, reason));
            sql.execute("""
                    create trigger %s before update or delete on %s
                    for each row execute function %s()""".formatted(name, table, name));
        }
    }
}
