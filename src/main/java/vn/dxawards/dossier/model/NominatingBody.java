package vn.dxawards.dossier.model;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A body that nominates: a provincial People's Committee, a department or an association. Its
 * code is the {@code org} claim of its users; a body with a locality nominates only units of it.
 * A body is only ever added, never changed: each node keeps those it has read in Hibernate's
 * second-level cache (a dossier's every request names its body).
 */
@Entity
@Cacheable
public class NominatingBody extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String provinceCode;

    /**
     * The body with this code, created at its first use. Two first requests of a new body at once
     * (its users' first dossiers) both get it: the row is inserted only if absent, in one statement
     * that waits for the other's insert instead of failing on the primary key.
     */
    public static NominatingBody ensure(String code, String name, String provinceCode) {
        NominatingBody body = findById(code);
        if (body != null) {
            return body;
        }
        var session = getEntityManager().getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        String insert = session.getJdbcServices().getDialect() instanceof PostgreSQLDialect
                ? "insert into nominating_body (code, name, province_code) values (?1, ?2, ?3) on conflict (code) do nothing"
                // the embedded database of the demo (one user at a time): the standard statement
                : "merge into nominating_body b using (values (?1, ?2, ?3)) v (code, name, province_code) "
                        + "on b.code = v.code when not matched then insert (code, name, province_code) "
                        + "values (v.code, v.name, v.province_code)";
        // the statement touches this table alone: only its cached rows are forgotten (Hibernate
        // otherwise empties every entity cache after a native statement)
        getEntityManager().createNativeQuery(insert).unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedEntityClass(NominatingBody.class).setParameter(1, code).setParameter(2, name)
                .setParameter(3, provinceCode).executeUpdate();
        return findById(code);
    }

    /** The body's name as people read it; its code when the body is not known by name. */
    public static String displayName(String code) {
        NominatingBody body = code == null ? null : findById(code);
        return body == null || body.name == null || body.name.isBlank() ? code : body.name;
    }

    /** Every known body, by name. */
    public static java.util.List<NominatingBody> byName() {
        return list("order by name, code");
    }
}
