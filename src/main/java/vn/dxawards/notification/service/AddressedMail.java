package vn.dxawards.notification.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.dxawards.notification.model.DemoMail;
import vn.dxawards.notification.model.OutboxMessage;

/**
 * The messages held for an e-mail address that belongs to no account (a nominated leader): what a
 * data subject's access request lists, and what their erasure forgets.
 */
@ApplicationScoped
public class AddressedMail {

    /** A message of the outbox to the address; its text is made at sending and not kept. */
    public record Sent(String kind, Long dossierId, Instant createdAt, Instant sentAt, String status) {
    }

    /** An e-mail the demo's mailbox kept for the address. */
    public record Kept(String subject, Instant sentAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sent> sentTo(String email) {
        return OutboxMessage.toAddress(email).stream()
                .map(m -> new Sent(m.kind.name(), m.dossierId, m.createdAt, m.sentAt, m.status.name())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Kept> keptFor(String email) {
        return DemoMail.toAddress(email).stream().map(m -> new Kept(m.subject, m.sentAt)).toList();
    }

    /**
     * Forgets the address: the outbox keeps the fact of each message (kind, dossier, times) without
     * the address or its link, a message not yet sent is never sent, and the demo's copies go.
     * Answers how many messages it touched.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String email) {
        int touched = 0;
        for (OutboxMessage message : OutboxMessage.toAddress(email)) {
            forgetAddress(message, "address erased at the data subject's request");
            touched++;
        }
        touched += DemoMail.deleteTo(email);
        return touched;
    }

    /**
     * Forgets the addresses of the messages about one dossier that went to no account (the nominated
     * leader): what the retention of its personal data ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetAbout(long dossierId) {
        for (OutboxMessage message : OutboxMessage.toAddressesAbout(dossierId)) {
            forgetAddress(message, "address erased at the end of its retention");
        }
    }

    private static void forgetAddress(OutboxMessage message, String why) {
        message.email = null;
        message.link = null;
        if (message.status == OutboxMessage.Status.PENDING) {
            message.status = OutboxMessage.Status.FAILED;
            message.lastError = why;
        }
    }
}
