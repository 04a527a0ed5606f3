package vn.dxawards.notification.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.identity.User;
import vn.dxawards.notification.model.OutboxMessage;
import vn.dxawards.platform.errors.DomainException;

/**
 * A person's messages in the app: the outbox rows addressed to them (the same rows the e-mails are
 * sent from, so the page and the mailbox never disagree), newest first, with a read mark.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    /** How many of a person's latest messages the page and the API show. */
    static final int SHOWN = 200;

    @Inject
    Mails mails;

    /** One message as the person reads it. */
    public record Item(long id, String kind, String title, String note, String link, Long dossierId,
            java.time.LocalDate dueDate, Instant createdAt, boolean unread) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> of(User user, String lang) {
        return OutboxMessage.forRecipient(user.username(), SHOWN).stream()
                .map(m -> new Item(m.id, m.kind.name(), mails.title(m, lang), mails.note(m), mails.path(m),
                        m.dossierId, m.dueDate, m.createdAt, m.readAt == null))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(User user) {
        return user.isAnonymous() ? 0 : OutboxMessage.unreadCount(user.username());
    }

    /** Marks one of the person's messages read; another person's answers 404, as if it did not exist. */
    public void markRead(long id, User user) {
        OutboxMessage message = OutboxMessage.findById(id);
        if (message == null || !user.username().equals(message.recipient)
                || message.status == OutboxMessage.Status.EXPANDED) {
            throw DomainException.notFound("notification");
        }
        if (message.readAt == null) {
            message.readAt = Instant.now();
        }
    }

    /** Marks all the person's messages read. */
    public int markAllRead(User user) {
        return OutboxMessage.markAllRead(user.username(), Instant.now());
    }
}
