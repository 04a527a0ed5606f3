package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.dxawards.platform.i18n.Search;

/**
 * The register's search column: a dossier's nominee, organisation, reference and tax codes folded
 * without diacritics and case ("ha noi" finds "Hà Nội"), so that one portable {@code like} finds them
 * on PostgreSQL and on the embedded H2 alike. The entity keeps it on every write; this fills it for
 * the dossiers already there.
 */
public class V20__Dossier_search_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table dossier add column search_text varchar(1200)");
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, reference, nominee_name, nominee_tax_code, "
                        + "nominee_organization, nominee_organization_tax_code from dossier");
                PreparedStatement update = connection.prepareStatement("update dossier set search_text = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, Search.document(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
