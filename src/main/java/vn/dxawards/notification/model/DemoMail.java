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

    /** Newest first. */
    public static List<DemoMail> latest(int limit) {
        return find("order by sentAt desc, id desc").page(0, limit).list();
    }
}
