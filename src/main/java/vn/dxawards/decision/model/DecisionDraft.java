package vn.dxawards.decision.model;

import vn.dxawards.deliberation.model.Proposal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;

/**
 * The prepared, unsigned award decision of a campaign: what the chair signs, on the server or
 * with their own token. It holds the decision's number from its first preparation on; a new
 * proposal after a return re-renders it with the same number (a new one only in a new year).
 */
@Entity
public class DecisionDraft extends DxEntity {

    @OneToOne(optional = false)
    public Campaign campaign;

    @ManyToOne(optional = false)
    public Proposal proposal;

    public String issuerCode;
    public int decisionYear;
    public int decisionNumber;
    public String symbol;
    public LocalDate decisionDate;
    public String signerName;
    public String preparedBy;
    public Instant preparedAt;

    @Basic(fetch = FetchType.LAZY)
    public byte[] document;

    public String sha256;

    /** A copy signed outside, checked and waiting for the chair's confirmation in the browser. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] signedUpload;

    public String signedUploadSha256;
    public String signedUploadBy;

    public static DecisionDraft of(Campaign campaign) {
        return find("campaign", campaign).firstResult();
    }

    /** The last number an issuing body gave a decision in the year; 0 before its first. */
    public static int lastNumber(String issuerCode, int year) {
        Number last = getEntityManager().createQuery("select max(d.decisionNumber) from DecisionDraft d"
                + " where d.issuerCode = ?1 and d.decisionYear = ?2", Number.class)
                .setParameter(1, issuerCode).setParameter(2, year).getSingleResult();
        return last == null ? 0 : last.intValue();
    }
}
