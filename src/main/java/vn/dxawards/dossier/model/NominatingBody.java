package vn.dxawards.dossier.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A body that nominates: a provincial People's Committee, a department or an association. Its
 * code is the {@code org} claim of its users; a body with a locality nominates only units of it.
 */
@Entity
public class NominatingBody extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String provinceCode;

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
