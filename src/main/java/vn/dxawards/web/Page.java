package vn.dxawards.web;

import java.util.List;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import vn.dxawards.access.CurrentUser;
import vn.dxawards.access.Role;
import vn.dxawards.access.User;
import vn.dxawards.common.Language;

/** Renders a page in the person's language, with the layout's data. */
@RequestScoped
public class Page {

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    UriInfo uri;

    public String render(TemplateInstance template, String title) {
        return render(template, title, null);
    }

    public String render(TemplateInstance template, String title, String flash) {
        User user = currentUser.get();
        String lang = language.english() ? "en" : "vi";
        List<String> roles = user.roles().stream().filter(r -> java.util.Arrays.stream(Role.values())
                .anyMatch(role -> role.realmRole.equals(r))).sorted().toList();
        PageContext context = new PageContext(title, lang, "en".equals(lang) ? "vi" : "en",
                uri.getRequestUri().getRawPath() + (uri.getRequestUri().getRawQuery() == null ? ""
                        : "?" + uri.getRequestUri().getRawQuery()),
                !user.isAnonymous(), user.fullName() != null ? user.fullName() : user.username(), roles,
                user.has(Role.NOMINATOR), user.has(Role.SECRETARY), flash);
        return template.data("page", context).setLocale(language.locale()).render();
    }

    public boolean english() {
        return language.english();
    }

    public User user() {
        return currentUser.get();
    }
}
