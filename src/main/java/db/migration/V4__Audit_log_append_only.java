package db.migration;

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
        RefuseChanges.on(context, "audit_log", "audit_log_append_only", "audit_log is append-only");
    }
}
