package vn.dxawards.notification.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.notification.service.MailMessages;
import vn.dxawards.notification.service.Notifications;
import vn.dxawards.notification.service.Notifications.Item;
import vn.dxawards.platform.web.Page;

/** The person's notifications page: every message the system sent them, newest first, unread marked. */
@Path("/app/notifications")
@Authenticated
public class NotificationPages {

    @Inject
    Page page;

    @Inject
    Notifications notifications;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Item> items, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list() {
        return show(null);
    }

    @POST
    @Path("{id}/read")
    @Produces(MediaType.TEXT_HTML)
    public Response read(@PathParam("id") long id) {
        return page.act(() -> notifications.markRead(id, page.user()), "/app/notifications", this::show);
    }

    @POST
    @Path("read-all")
    @Produces(MediaType.TEXT_HTML)
    public Response readAll() {
        return page.act(() -> notifications.markAllRead(page.user()), next -> "/app/notifications", this::show);
    }

    private String show(String error) {
        return page.render(Templates.list(notifications.of(page.user(), page.english() ? "en" : "vi"), error),
                page.texts(MailMessages.class).notifications_title());
    }
}
