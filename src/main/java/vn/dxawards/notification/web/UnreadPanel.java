package vn.dxawards.notification.web;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.notification.service.Notifications;

/** The unread count in the header ({@code templates/notifications/unread.html}), included by the layout. */
@Named("unreadPanel")
@RequestScoped
@Unremovable
public class UnreadPanel {

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    public long count() {
        return notifications.unread(currentUser.get());
    }
}
