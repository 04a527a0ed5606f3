package vn.dxawards.dossier.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import vn.dxawards.platform.persistence.DxEntity;

/**
 * A one-time link sent to a nominated leader. Only the SHA-256 of its token is kept: whoever reads
 * the database cannot act for the leader. A link answers once (give or refuse) and until it expires;
 * a link whose answer was consent still lets the leader withdraw it.
 */
@Entity
public class ConsentRequest extends DxEntity {

    public enum Decision {
        GIVE, REFUSE, WITHDRAW
    }

    @ManyToOne(optional = false)
    public Dossier dossier;

    public String tokenHash;
    public String noticeVersion;
    public String sentBy;
    public Instant sentAt;
    public Instant expiresAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Decision decision;

    public Instant decidedAt;

    public static ConsentRequest byTokenHash(String hash) {
        return find("tokenHash", hash).firstResult();
    }

    public static List<ConsentRequest> of(Dossier dossier) {
        return list("dossier = ?1 order by sentAt desc, id desc", dossier);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
