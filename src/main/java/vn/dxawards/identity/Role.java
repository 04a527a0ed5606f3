package vn.dxawards.identity;

/** The realm roles of the identity provider. */
public enum Role {
    NOMINATOR("nominator"),
    SECRETARY("secretary"),
    JUROR("juror"),
    CHAIR("chair"),
    ADMIN("admin");

    public final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }
}
