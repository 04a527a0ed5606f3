package vn.dxawards.access;

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
                claim("org"), claim("province"), claim("name"), claim("email"));
    }

    private String claim(String name) {
        Object value = token == null ? null : token.getClaim(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
