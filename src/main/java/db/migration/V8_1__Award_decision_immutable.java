package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A signed award decision never changes: on PostgreSQL a trigger refuses any update or delete of
 * {@code award_decision}, whoever tries. (The embedded H2 of the demo relies on the application,
 * which maps the entity read-only.)
 */
public class V8_1__Award_decision_immutable extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        RefuseChanges.on(context, "award_decision", "award_decision_immutable", "a signed award decision is immutable");
    }
}
