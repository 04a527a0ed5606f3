package vn.dxawards.demo.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.notification.service.DemoMailbox;
import vn.dxawards.notification.service.DemoMailbox.Kept;
import vn.dxawards.notification.service.MailMessages;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.web.Page;

/** The demo's mailbox as a page for programme staff: 404 unless the demo profile keeps one. */
@Path("/app/demo/mailbox")
@Authenticated
public class DemoMailboxPage {

    @Inject
    DemoMailbox mailbox;

    @Inject
    AccessPolicy access;

    @Inject
    Page page;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mailbox(List<Kept> mails);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        List<Kept> mails = mailbox.read();
        if (!access.readsDemoMailbox(page.user())) {
            throw DomainException.forbidden("forbidden");
        }
        return page.render(Templates.mailbox(mails), page.texts(MailMessages.class).demo_mailbox_title());
    }
}
