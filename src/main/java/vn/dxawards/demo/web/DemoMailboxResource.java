package vn.dxawards.demo.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
import vn.dxawards.platform.errors.DomainException;

/** The demo's mailbox for programme staff, as JSON: 404 unless the demo profile keeps one. */
@Path("/api/demo/mailbox")
@Authenticated
@Tag(name = "Demo")
public class DemoMailboxResource {

    @Inject
    DemoMailbox mailbox;

    @Inject
    AccessPolicy access;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every e-mail the demo would have sent, newest first (admin, demo profile only)")
    public List<Kept> read() {
        List<Kept> mails = mailbox.read();
        if (!access.readsDemoMailbox(currentUser.get())) {
            throw DomainException.forbidden("forbidden");
        }
        return mails;
    }
}
