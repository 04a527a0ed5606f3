package vn.dxawards.notification.service;

import vn.dxawards.notification.model.OutboxMessage;

/**
 * Who a notification is about when that is not its recipient (the juror of an overdue scorecard,
 * told to the secretariat). The feature that wrote the notification answers; the mail names them.
 */
public interface NotificationSubject {

    /** The username of the person the message is about, or null when it is not this feature's to answer. */
    String personAbout(OutboxMessage message);
}
