package vn.dxawards.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.identity.Role;
import vn.dxawards.identity.User;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.Messages;

/** Renders a page in the person's language, with the layout's data. */
@RequestScoped
public class Page {

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    UriInfo uri;

    @Inject
    vn.dxawards.platform.web.Refusal refusals;

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

    public Locale locale() {
        return language.locale();
    }

    /** A refusal's message in the person's language. */
    public String message(DomainException refusal) {
        refusals.note(refusal.code());
        return Messages.text(language.locale(), refusal.code(), refusal.args());
    }

    /**
     * Does a page's action in its own transaction and goes on to {@code next}; when the action is
     * refused, shows the page again ({@code again}, given the message) with what was typed. A
     * dossier the person may not see stays a 404.
     */
    public Response act(Runnable action, String next, Function<String, String> again) {
        try {
            QuarkusTransaction.requiringNew().run(action);
            return Response.seeOther(URI.create(next)).build();
        } catch (DomainException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            return Response.status(refusal.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(again.apply(message(refusal))).build();
        }
    }

    public User user() {
        return currentUser.get();
    }
}
