package vn.dxawards.decision.model;

import vn.dxawards.deliberation.model.Proposal;
import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;

/**
 * The signed award decision (quyết định khen thưởng) of a campaign: written once, never changed
 * (on PostgreSQL a trigger refuses updates and deletes too).
 */
@Entity
@Immutable
public class AwardDecision extends DxEntity {

    /** How the decision was signed. */
    public enum SignatureKind {
        /** by the server with the configured keystore: an organisational signature */
        SERVER,
        /** by the server with the application's own demo authority: no legal value */
        DEMO,
        /** by the chair with their own token or remote-signing service, then uploaded */
        EXTERNAL
    }

    @OneToOne(optional = false)
    public Campaign campaign;

    @ManyToOne(optional = false)
    public Proposal proposal;

    public String issuerCode;
    public int decisionYear;
    public int decisionNumber;
    /** Number and symbol, e.g. {@code 05/QĐ-HĐTĐ}. */
    public String symbol;
    public String signedBy;
    public Instant signedAt;

    @Enumerated(EnumType.STRING)
    public SignatureKind signatureKind;

    /** The signer certificate's subject. */
    public String signerCertificate;

    @Basic(fetch = FetchType.LAZY)
    public byte[] document;

    public String sha256;

    public static AwardDecision of(Campaign campaign) {
        return find("campaign", campaign).firstResult();
    }
}
