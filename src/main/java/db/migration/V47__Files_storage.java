package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The other files are stored like attachments ({@link V15__Attachment_storage}): out of line without a
 * compression attempt — survey files (office files are zip archives) and the decisions' PDFs. Rows
 * already stored stay as they are. The embedded H2 of the demo has no such setting.
 */
public class V47__Files_storage extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"postgres".equals(EngineScripts.databaseType(context.getConnection()))) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table survey_file_content alter column content set storage external");
            statement.execute("alter table award_decision alter column document set storage external");
            statement.execute("alter table decision_draft alter column document set storage external");
            statement.execute("alter table decision_draft alter column signed_upload set storage external");
        }
    }
}
