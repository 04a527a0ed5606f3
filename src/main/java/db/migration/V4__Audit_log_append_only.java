package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log append-only in the database itself on PostgreSQL: an update or a delete of
 * a line fails, whoever tries. (The embedded H2 of the demo relies on the application, which never
 * updates or deletes it.)
 */
public class V4__Audit_log_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function audit_log_append_only() returns trigger language plpgsql as $$
                    begin
                      raise exception 'audit_log is append-only: % is not allowed', tg_op;
                    end $$""");
            sql.execute("""
                    create trigger audit_log_append_only before update or delete on audit_log
                    for each row execute function audit_log_append_only()""");
        }
    }
}
