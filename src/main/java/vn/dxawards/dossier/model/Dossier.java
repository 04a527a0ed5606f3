package vn.dxawards.dossier.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import vn.dxawards.access.CampaignStage;
import vn.dxawards.access.GuardedDossier;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.platform.persistence.DxEntity;

/** A nomination dossier (hồ sơ đề cử) of one nominee in one category, by one nominating body. */
@Entity
public class Dossier extends DxEntity implements GuardedDossier {

    @ManyToOne(optional = false)
    public Campaign campaign;

    @ManyToOne(optional = false)
    public Category category;

    public String bodyCode;

    @Column(unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    public DossierStatus status;

    public boolean overdue;

    public String nomineeName;
    public String nomineeTaxCode;
    public String nomineeProvince;
    public String nomineeOwnership;
    public String nomineeWebsite;
    public String nomineePosition;
    public String nomineeOrganization;
    public String nomineeOrganizationTaxCode;
    public String contactName;
    public String contactEmail;
    public String contactPhone;

    public boolean consentGiven;
    public String consentTextVersion;
    public Instant consentAt;
    public String consentBy;

    public String strategy;
    public String scale;
    public String initiatives;
    public String results;
    public String supportWishes;

    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant submittedAt;
    public Instant intakeDue;
    public Instant supplementDue;

    public String processInstanceId;

    @Version
    public long version;

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String nominatingBody() {
        return bodyCode;
    }

    @Override
    public CampaignStage stage() {
        return campaign;
    }

    @Override
    public boolean shortlisted() {
        return status.shortlisted();
    }

    /** The nominating body may still change it: a draft, or a dossier whose supplement is asked for. */
    public boolean editable() {
        return status.editable();
    }

    /** The campaign's dossiers in these statuses, by reference. */
    public static List<Dossier> inStatus(Campaign campaign, Collection<DossierStatus> statuses) {
        return list("campaign = ?1 and status in ?2 order by reference", campaign, statuses);
    }
}
