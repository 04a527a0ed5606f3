package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The Camunda 7.24 engine's tables, from the scripts its jar ships (runtime and history). A
 * database where an earlier version of the app let the engine make them keeps them as they are.
 */
public class V10__Camunda_engine_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (EngineScripts.engineTablesExist(context.getConnection())) {
            return;
        }
        EngineScripts.create(context.getConnection(), "engine", "history");
    }
}
