package vn.dxawards.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.dxawards.identity.CurrentUser;
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
    Navigation navigation;

    @Inject
    Refusal refusals;

    public String render(TemplateInstance template, String title) {
        return render(template, title, null);
    }

    public String render(TemplateInstance template, String title, String flash) {
        // An error page may be rendered on the I/O thread (a refusal before the request reached a
        // worker), where resolving the signed-in person could block: it is shown without them.
        User user = BlockingOperationControl.isBlockingAllowed() ? currentUser.get() : User.ANONYMOUS;
        String lang = language.english() ? "en" : "vi";
        List<String> roles = navigation.roleNames(user);
        PageContext context = new PageContext(title, lang, "en".equals(lang) ? "vi" : "en",
                uri.getRequestUri().getRawPath() + (uri.getRequestUri().getRawQuery() == null ? ""
                        : "?" + uri.getRequestUri().getRawQuery()),
                !user.isAnonymous(), user.fullName() != null ? user.fullName() : user.username(), roles,
                navigation.showsNomination(user), navigation.showsSecretariat(user), flash);
        return template.data("page", context).setLocale(language.locale()).render();
    }

    public boolean english() {
        return language.english();
    }

    public Locale locale() {
        return language.locale();
    }

    /** A message bundle ({@code @MessageBundle}) in the person's language, for the texts Java puts on a page. */
    public <T> T texts(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(language.english() ? "en" : "vi"));
    }

    /** A refusal's message in the person's language. */
    public String message(DomainException refusal) {
        refusals.note(refusal.code());
        return Messages.text(language.locale(), refusal.code(), refusal.args());
    }

    /**
     * The one way a page does an action: {@code action} calls one service method (which holds the
     * transaction), then the browser goes on to {@code next}; when the action is refused, the page
     * is shown again ({@code again}, given the refusal's message in the person's language) with what
     * was typed, under the refusal's status. A dossier the person may not see stays a 404 (the
     * error page).
     */
    public Response act(Runnable action, String next, Function<String, String> again) {
        return act(() -> {
            action.run();
            return next;
        }, Function.identity(), again);
    }

    /** Like {@link #act(Runnable, String, Function)}, going on to where the action's result says. */
    public <T> Response act(Supplier<T> action, Function<T, String> next, Function<String, String> again) {
        return actExplaining(action, next, refusal -> again.apply(message(refusal)));
    }

    /**
     * Like {@link #act(Runnable, String, Function)} for a form that needs more of a refusal than
     * its message to show it (the field a code is about, the rows its details list): {@code again}
     * is given the refusal itself; {@link #message(DomainException)} gives its text.
     */
    public Response actExplaining(Runnable action, String next, Function<DomainException, String> again) {
        return actExplaining(() -> {
            action.run();
            return next;
        }, Function.identity(), again);
    }

    private <T> Response actExplaining(Supplier<T> action, Function<T, String> next,
            Function<DomainException, String> again) {
        return answer(action, result -> Response.seeOther(URI.create(next.apply(result))).build(), again);
    }

    /**
     * The general form of {@link #act}: the action's result is answered by {@code done} (a page of
     * its own, a redirect); a refusal is shown by {@code again} under its status, except 404 and the
     * statuses in {@code passedOn} (say 403), which go to the error page.
     */
    public <T> Response answer(Supplier<T> action, Function<T, Response> done,
            Function<DomainException, String> again, int... passedOn) {
        T result;
        try {
            result = action.get();
        } catch (DomainException refusal) {
            if (refusal.status() == 404 || IntStream.of(passedOn).anyMatch(status -> status == refusal.status())) {
                throw refusal;
            }
            return refused(refusal.status(), again.apply(refusal));
        }
        return done.apply(result);
    }

    /** A page shown again under a refusal's status (a form with its errors: 422). */
    public Response refused(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    public User user() {
        return currentUser.get();
    }
}
