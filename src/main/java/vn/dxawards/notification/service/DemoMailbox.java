package vn.dxawards.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.dxawards.notification.model.DemoMail;
import vn.dxawards.platform.errors.DomainException;

/**
 * The demo's mailbox: with {@code dx.demo.mailbox} on (the demo profile only), every e-mail the
 * outbox sends is also kept, in the sender's transaction, for programme staff to read in the browser
 * and at {@code GET /api/demo/mailbox} — so a new user can follow a consent link without an SMTP
 * server. Off, it keeps nothing and its readers answer 404.
 */
@ApplicationScoped
public class DemoMailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    @ConfigProperty(name = "dx.demo.mailbox", defaultValue = "false")
    boolean enabled;

    /** One kept e-mail, as the API answers it. */
    public record Kept(String to, String subject, String text, List<String> links, Instant sentAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void keep(Mail mail) {
        if (!enabled) {
            return;
        }
        DemoMail kept = new DemoMail();
        kept.to = String.join(", ", mail.getTo());
        kept.subject = mail.getSubject() == null ? "" : mail.getSubject();
        String text = mail.getText() == null ? "" : mail.getText();
        kept.text = text.length() > 20000 ? text.substring(0, 20000) : text;
        kept.sentAt = Instant.now();
        kept.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Kept> read() {
        if (!enabled) {
            throw DomainException.notFound("resource");
        }
        return DemoMail.latest(500).stream().map(m -> new Kept(m.to, m.subject, m.text, links(m.text), m.sentAt))
                .toList();
    }

    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(m.group());
        }
        return links;
    }
}
