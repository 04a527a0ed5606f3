package vn.dxawards.notification.model;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An e-mail as the demo's mailbox keeps it (only with {@code dx.demo.mailbox} on). */
@Entity
@Table(name = "demo_mail")
public class DemoMail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "to_address")
    public String to;

    public String subject;

    @Column(name = "body_text")
    public String text;

    public Instant sentAt;

    /** The kept e-mails that went to this address (alone or among others), oldest first. */
    public static List<DemoMail> toAddress(String email) {
        String address = email.toLowerCase(java.util.Locale.ROOT);
        return DemoMail.<DemoMail> list("lower(to) like ?1 order by sentAt, id", "%" + address + "%").stream()
                .filter(m -> java.util.Arrays.stream(m.to.split(",")).anyMatch(t -> t.trim().equalsIgnoreCase(address)))
                .toList();
    }

    /** Deletes the kept e-mails that went to this address; answers how many. */
    public static int deleteTo(String email) {
        List<DemoMail> kept = toAddress(email);
        kept.forEach(DemoMail::delete);
        return kept.size();
    }

    /** Newest first. */
    public static List<DemoMail> latest(int limit) {
        return find("order by sentAt desc, id desc").page(0, limit).list();
    }
}
