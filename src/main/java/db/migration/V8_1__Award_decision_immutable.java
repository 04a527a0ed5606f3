package db.migration;

import java.sql.Statement;

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
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function award_decision_immutable() returns trigger language plpgsql as $$
                    begin
                      raise exception 'a signed award decision is immutable: % is not allowed', tg_op;
                    end $$""");
            sql.execute("""
                    create trigger award_decision_immutable before update or delete on award_decision
                    for each row execute function award_decision_immutable()""");
        }
    }
}
