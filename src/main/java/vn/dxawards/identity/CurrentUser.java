package vn.dxawards.identity;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The signed-in person of this request, as the identity provider describes them. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public User get() {
        if (identity.isAnonymous()) {
            return User.ANONYMOUS;
        }
        return new User(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()),
                claim("org"), claim("province"), vietnameseName(), claim("email"));
    }

    /** Vietnamese names read family name first ("Nguyễn Văn Khánh"), unlike the token's {@code name}. */
    private String vietnameseName() {
        String family = claim("family_name");
        String given = claim("given_name");
        if (family != null && given != null) {
            return family + " " + given;
        }
        return claim("name");
    }

    private String claim(String name) {
        Object value = token == null ? null : token.getClaim(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
