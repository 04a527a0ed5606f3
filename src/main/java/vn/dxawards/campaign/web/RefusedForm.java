package vn.dxawards.campaign.web;

import java.net.URI;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.web.Page;

/**
 * {@link Page#act} for a form that, when refused, needs more of the refusal than its message: the
 * field a code is about, the rows its arguments name, the details listed under it. {@code again}
 * is given the refusal itself (its message is {@code page.message(refusal)}). A variant of
 * {@code Page.act} in waiting, kept here until the page helper has it.
 */
public final class RefusedForm {

    private RefusedForm() {
    }

    public static Response act(Page page, Runnable action, String next, Function<DomainException, String> again) {
        try {
            action.run();
        } catch (DomainException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            return page.refused(refusal.status(), again.apply(refusal));
        }
        return Response.seeOther(URI.create(next)).build();
    }
}
