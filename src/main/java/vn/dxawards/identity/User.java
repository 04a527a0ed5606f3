package vn.dxawards.identity;

import java.util.Set;

/**
 * A person: username, realm roles, the organisation they act for or are affiliated with
 * ({@code org}) and their locality code ({@code province}, absent for national bodies and jurors).
 */
public record User(String username, Set<String> roles, String org, String province, String fullName, String email) {

    public static final User ANONYMOUS = new User("anonymous", Set.of(), null, null, null, null);

    /** The engine's own jobs act as this user in the audit log. */
    public static final User SYSTEM = new User("system", Set.of(), null, null, null, null);

    public boolean has(Role role) {
        return roles.contains(role.realmRole);
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS;
    }
}
