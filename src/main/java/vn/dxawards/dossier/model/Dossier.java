package vn.dxawards.dossier.model;

import java.util.Map;
import java.util.EnumMap;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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
import vn.dxawards.campaign.model.Phase;
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
    @Enumerated(EnumType.STRING)
    public ConsentState consentState = ConsentState.NOT_REQUESTED;
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

    /** Waiting for the secretariat's intake decision. */
    public boolean awaitingIntake() {
        return status.awaitingIntake();
    }

    public static List<Dossier> all() {
        return list("order by id");
    }

    public static List<Dossier> ofCampaign(String campaignCode) {
        return list("campaign.code = ?1 order by id", campaignCode);
    }

    public static List<Dossier> ofCampaign(Campaign campaign, DossierStatus status) {
        return list("campaign = ?1 and status = ?2 order by id", campaign, status);
    }

    public static List<Dossier> ofBody(String bodyCode) {
        return list("bodyCode = ?1 order by id", bodyCode);
    }

    public static List<Dossier> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
    }

    /** The council's shortlists, in the campaigns that have come to deliberation. */
    public static List<Dossier> shortlistedFromDeliberation() {
        return list("status in ?1 and campaign.phase in ?2 order by id", DossierStatus.where(DossierStatus::shortlisted),
                Phase.from(Phase.DELIBERATION));
    }

    /** The dossiers waiting for the intake decision, the earliest due first. */
    public static List<Dossier> awaitingIntakeByDue() {
        return list("status in ?1 order by intakeDue, id", DossierStatus.where(DossierStatus::awaitingIntake));
    }

    /** The same body's other dossiers in the same category, with one of these statuses. */
    public static List<Dossier> othersOfBodyInCategory(Dossier dossier, Set<DossierStatus> statuses) {
        return list("category = ?1 and bodyCode = ?2 and id <> ?3 and status in ?4 order by id", dossier.category,
                dossier.bodyCode, dossier.id, statuses);
    }

    /** The other nominations of the dossier's campaign, by reference; drafts are not nominations yet. */
    public static List<Dossier> otherNominationsBeside(Dossier dossier) {
        return list("campaign = ?1 and id <> ?2 and status <> ?3 order by reference", dossier.campaign, dossier.id,
                DossierStatus.DRAFT);
    }

    /** The campaign's dossiers in these statuses, by reference. */
    public static List<Dossier> inStatus(Campaign campaign, Collection<DossierStatus> statuses) {
        return list("campaign = ?1 and status in ?2 order by reference", campaign, statuses);
    }

    /** The campaign's dossiers in these statuses, by id. */
    public static List<Dossier> inStatusById(Campaign campaign, Collection<DossierStatus> statuses) {
        return list("campaign = ?1 and status in ?2 order by id", campaign, statuses);
    }

    /** Dossiers whose requested supplement falls due after {@code now} and before {@code until}. */
    public static List<Dossier> supplementsDueBefore(Instant until, Instant now) {
        return list("status = ?1 and supplementDue > ?2 and supplementDue <= ?3 order by supplementDue, id",
                DossierStatus.SUPPLEMENT_REQUESTED, now, until);
    }

    /** How many dossiers there are in each status (the business metrics). */
    public static Map<DossierStatus, Long> countByStatus() {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        for (Object[] row : getEntityManager()
                .createQuery("select d.status, count(d) from Dossier d group by d.status", Object[].class)
                .getResultList()) {
            counts.put((DossierStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}
