package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Attachments are PDFs, compressed already: on PostgreSQL they are stored out of line without a
 * second compression attempt (the deadline-day rush spent much of the database's CPU on it, issue 11).
 * The embedded H2 of the demo has no such setting.
 */
public class V15__Attachment_storage extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table attachment_content alter column content set storage external");
        }
    }
}
