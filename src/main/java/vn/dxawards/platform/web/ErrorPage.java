package vn.dxawards.platform.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** An error a person caused on a page, shown as a page in their language rather than as JSON. */
@RequestScoped
@Unremovable
public class ErrorPage {

    @Inject
    Page page;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String message);
    }

    public String render(int status, String message) {
        return page.render(Templates.error(status, message), String.valueOf(status));
    }
}
