package vn.dxawards.access;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.identity.User;
import vn.dxawards.platform.web.Navigation;

/** The layout's navigation by what the access policy lets the person do. */
@ApplicationScoped
public class RoleNavigation implements Navigation {

    @Inject
    AccessPolicy access;

    @Override
    public List<String> roleNames(User user) {
        return access.roleNames(user);
    }

    @Override
    public boolean showsNomination(User user) {
        return access.nominatesAny(user);
    }

    @Override
    public boolean showsSecretariat(User user) {
        return access.isSecretariat(user);
    }
}
