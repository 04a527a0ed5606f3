package vn.dxawards.notification.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.notification.service.Notifications;
import vn.dxawards.notification.service.Notifications.Item;
import vn.dxawards.platform.i18n.Language;

@Path("/api/notifications")
@Authenticated
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @GET
    @Operation(summary = "The caller's messages, newest first, with unread")
    public List<Item> list() {
        return notifications.of(currentUser.get(), language.english() ? "en" : "vi");
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's messages read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id, currentUser.get());
        return Response.noContent().build();
    }
}
