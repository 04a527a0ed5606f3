package vn.dxawards.demo.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.notification.service.DemoMailbox;
import vn.dxawards.notification.service.DemoMailbox.Kept;
import vn.dxawards.notification.service.MailMessages;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.web.Page;

/** The demo's mailbox for programme staff: 404 unless the demo profile keeps one. */
@Path("/")
@Authenticated
@Tag(name = "Demo")
public class DemoMailboxResource {

    @Inject
    DemoMailbox mailbox;

    @Inject
    AccessPolicy access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Page page;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mailbox(List<Kept> mails);
    }

    @GET
    @Path("api/demo/mailbox")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every e-mail the demo would have sent, newest first (admin, demo profile only)")
    public List<Kept> read() {
        List<Kept> mails = mailbox.read();
        if (!access.readsDemoMailbox(currentUser.get())) {
            throw DomainException.forbidden("forbidden");
        }
        return mails;
    }

    @GET
    @Path("app/demo/mailbox")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        List<Kept> mails = mailbox.read();
        if (!access.readsDemoMailbox(page.user())) {
            throw DomainException.forbidden("forbidden");
        }
        return page.render(Templates.mailbox(mails), page.texts(MailMessages.class).demo_mailbox_title());
    }
}
