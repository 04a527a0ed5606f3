package vn.dxawards.publication.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.dossier.model.Dossier;

/**
 * A certificate (giấy chứng nhận) of one awardee, numbered at publication
 * ({@code TOP100-2026-001}: the year of the decision and a running number within that year, in
 * rank order). Public, like the results it comes from.
 */
@Entity
public class Certificate extends DxEntity {

    /** Whether the certificate still stands; the verification page says so either way. */
    public enum Status {
        VALID, REVOKED
    }

    @Column(name = "cert_number")
    public String number;

    @Column(name = "cert_year")
    public int year;

    public int sequenceNumber;

    @ManyToOne(optional = false)
    public Campaign campaign;

    @OneToOne(optional = false)
    public Dossier dossier;

    @ManyToOne(optional = false)
    public AwardDecision decision;

    public String holder;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant issuedAt;
    public Instant revokedAt;
    public String revokedReason;

    public static Optional<Certificate> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public static Optional<Certificate> ofDossier(Dossier dossier) {
        return find("dossier", dossier).firstResultOptional();
    }

    public static List<Certificate> ofCampaign(Campaign campaign) {
        return list("campaign = ?1 order by sequenceNumber", campaign);
    }

    /** The highest running number given in a year, 0 before the first. */
    public static int lastSequenceNumberOf(int year) {
        Number last = (Number) getEntityManager()
                .createQuery("select max(c.sequenceNumber) from Certificate c where c.year = ?1")
                .setParameter(1, year).getSingleResult();
        return last == null ? 0 : last.intValue();
    }
}
