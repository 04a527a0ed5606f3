package vn.dxawards.dossier.model;

import java.util.Map;
import java.util.EnumMap;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import vn.dxawards.access.CampaignStage;
import vn.dxawards.access.GuardedDossier;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.platform.i18n.Search;
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

    /** When the personal data it held was erased (a data subject's request, consent withdrawn, or retention ended). */
    public Instant personalDataErasedAt;

    /** The register's search column (nominee, organisation, reference, tax codes without diacritics), kept on every write. */
    public String searchText;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = Search.document(reference, nomineeName, nomineeTaxCode, nomineeOrganization,
                nomineeOrganizationTaxCode);
    }

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

    /** A leader's name once erased: the reference keeps the dossier recognisable for the statistics and the audit trail. */
    public static final String ERASED_NAME = "Đã xóa";

    /**
     * The personal data the dossier holds goes: the contact person's name, address and telephone,
     * and for a leader the name and position — except what the law keeps: an awarded leader's name,
     * position and organisation stand in the signed award decision and the certificate. Answers the
     * fields kept, by name. A leader not awarded loses the attached files too. The reference, category, locality, status and scores stay, so the
     * statistics stay right.
     */
    public List<String> erasePersonalData(Instant at) {
        contactName = null;
        contactEmail = null;
        contactPhone = null;
        consentBy = null;
        List<String> kept = List.of();
        if (category.kind == vn.dxawards.campaign.model.CategoryKind.LEADER) {
            if (status == DossierStatus.AWARDED) {
                kept = List.of("nomineeName", "nomineePosition", "nomineeOrganization");
            } else {
                nomineeName = ERASED_NAME + " (" + reference + ")";
                nomineePosition = null;
                // a leader's files (curriculum, photographs) are about the leader
                Attachment.deleteAllOf(this);
            }
        }
        // a link still open would show the notice about a person who is gone
        for (ConsentRequest open : ConsentRequest.of(this)) {
            if (open.decision == null && open.expiresAt.isAfter(at)) {
                open.expiresAt = at;
            }
        }
        personalDataErasedAt = at;
        updatedAt = at;
        return kept;
    }

    /** The dossiers whose contact address (a leader's own, or a unit's contact person's) is this one, any case. */
    public static List<Dossier> withContactEmail(String email) {
        return list("lower(contactEmail) = ?1 order by id", email.toLowerCase(java.util.Locale.ROOT));
    }

    /** A campaign's dossiers not awarded whose personal data is still held, up to {@code limit}. */
    public static List<Dossier> personalDataHeldNotAwarded(Campaign campaign, int limit) {
        return find("campaign = ?1 and status <> ?2 and personalDataErasedAt is null order by id", campaign,
                DossierStatus.AWARDED).page(0, limit).list();
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

    /**
     * The references of the same body's other dossiers in the same category whose status answers
     * yes, by id; read as a projection (no dossier loaded) from a query translated once. The
     * campaign, implied by the category, is named so that the body's index (campaign, body) finds
     * the rows: without it PostgreSQL read that whole index, every dossier of every campaign, twice
     * a nomination (at its creation and its submission).
     */
    public static List<String> otherReferencesOfBodyInCategory(Dossier dossier, Predicate<DossierStatus> status) {
        return getEntityManager().createQuery("select d.reference from Dossier d where d.campaign = ?1"
                + " and d.bodyCode = ?2 and d.category = ?3"
                + " and d.id <> ?4 and d.status in " + DossierStatus.literals(status) + " order by d.id", String.class)
                .setParameter(1, dossier.campaign).setParameter(2, dossier.bodyCode).setParameter(3, dossier.category)
                .setParameter(4, dossier.id).getResultList();
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
    /** What decides a council member's conflict with a dossier: its body, nominee, nominee's organisation and locality. */
    public record ConflictKeys(Long id, String bodyCode, String nomineeTaxCode, String nomineeOrganizationTaxCode,
            String nomineeProvince) {
    }

    /** The conflict keys of the campaign's dossiers in a status, without loading the dossiers. */
    /** What a list names a dossier by: its reference, nominee, category and locality, in both languages. */
    public record Names(Long id, String reference, String nominee, String categoryVi, String categoryEn,
            String localityVi, String localityEn) {

        public String category(boolean english) {
            return english && categoryEn != null ? categoryEn : categoryVi;
        }

        public String locality(boolean english) {
            return english && localityEn != null ? localityEn : localityVi;
        }
    }

    /** The names of the dossiers with these ids, in one query that loads no dossier (task lists of a thousand rows). */
    public static Map<Long, Names> names(Collection<Long> ids) {
        Map<Long, Names> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        // the ids as one array parameter: a list of a thousand would be a thousand parameters, and the
        // query translated again at every call (a third of a thousand-task list's CPU)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select d.id, d.reference, d.nominee_name, "
                + "c.name_vi, c.name_en, l.name, l.name_en from dossier d join category c on c.id = d.category_id "
                + "left join locality l on l.code = d.nominee_province where d.id = any(?1)", Object[].class)
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            names.put(id, new Names(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6]));
        }
        return names;
    }

    public static List<ConflictKeys> conflictKeys(Campaign campaign, DossierStatus status) {
        return getEntityManager().createQuery("select d.id, d.bodyCode, d.nomineeTaxCode, d.nomineeOrganizationTaxCode, "
                + "d.nomineeProvince from Dossier d where d.campaign = :campaign and d.status = :status", Object[].class)
                .setParameter("campaign", campaign).setParameter("status", status).getResultStream()
                .map(r -> new ConflictKeys((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    public static List<Dossier> inStatusById(Campaign campaign, Collection<DossierStatus> statuses) {
        return list("campaign = ?1 and status in ?2 order by id", campaign, statuses);
    }

    /**
     * One page of the register: the dossiers matching the query, restricted to one body's
     * ({@code body}) or to some ids ({@code onlyIds}) when not null, in the query's order; and how
     * many match in all. {@code max} 0 answers every match.
     */
    public static RegisterPage register(RegisterQuery query, String body, Collection<Long> onlyIds, int first,
            int max) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (query.campaignCode() != null) {
            where.append(" and d.campaign.code = :campaign");
            parameters.put("campaign", query.campaignCode());
        }
        if (!query.statuses().isEmpty()) {
            where.append(" and d.status in :statuses");
            parameters.put("statuses", query.statuses());
        }
        if (query.categoryCode() != null) {
            where.append(" and d.category.code = :category");
            parameters.put("category", query.categoryCode());
        }
        if (query.localityCode() != null) {
            where.append(" and d.nomineeProvince = :locality");
            parameters.put("locality", query.localityCode());
        }
        if (query.bodyCode() != null) {
            where.append(" and d.bodyCode = :filterBody");
            parameters.put("filterBody", query.bodyCode());
        }
        if (query.text() != null && !Search.fold(query.text()).isEmpty()) {
            where.append(" and d.searchText like :text escape '!'");
            parameters.put("text", Search.containsPattern(query.text()));
        }
        if (body != null) {
            where.append(" and d.bodyCode = :body");
            parameters.put("body", body);
        }
        if (onlyIds != null) {
            if (onlyIds.isEmpty()) {
                return new RegisterPage(List.of(), 0);
            }
            where.append(" and d.id in :ids");
            parameters.put("ids", onlyIds);
        }
        var select = getEntityManager().createQuery("select d from Dossier d" + where + " order by "
                + query.sort().orderBy("d"), Dossier.class);
        var count = getEntityManager().createQuery("select count(d) from Dossier d" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setFirstResult(first);
        if (max > 0) {
            select.setMaxResults(max);
        }
        List<Dossier> rows = select.getResultList();
        long total = max == 0 && first == 0 ? rows.size() : count.getSingleResult();
        return new RegisterPage(rows, total);
    }

    /** How many of the campaign's dossiers there are per locality code and status: rows of {locality, status, count}. */
    public static List<Object[]> countByLocalityAndStatus(Campaign campaign) {
        return getEntityManager().createQuery("select d.nomineeProvince, d.status, count(d) from Dossier d "
                + "where d.campaign = ?1 group by d.nomineeProvince, d.status", Object[].class)
                .setParameter(1, campaign).getResultList();
    }

    /** How many of the campaign's dossiers there are per category code and status: rows of {category, status, count}. */
    public static List<Object[]> countByCategoryAndStatus(Campaign campaign) {
        return getEntityManager().createQuery("select d.category.code, d.status, count(d) from Dossier d "
                + "where d.campaign = ?1 group by d.category.code, d.status", Object[].class)
                .setParameter(1, campaign).getResultList();
    }

    /** When each of the campaign's dossiers waiting for intake was submitted, and its intake due: rows of {submittedAt, intakeDue}. */
    public static List<Object[]> waitingForIntake(Campaign campaign) {
        return getEntityManager().createQuery("select d.submittedAt, d.intakeDue from Dossier d "
                + "where d.campaign = ?1 and d.status in ?2", Object[].class)
                .setParameter(1, campaign).setParameter(2, DossierStatus.where(DossierStatus::awaitingIntake))
                .getResultList();
    }

    /** Dossiers whose requested supplement falls due after {@code now} and before {@code until}. */
    public static List<Dossier> supplementsDueBefore(Instant until, Instant now) {
        return list("status = ?1 and supplementDue > ?2 and supplementDue <= ?3 order by supplementDue, id",
                DossierStatus.SUPPLEMENT_REQUESTED, now, until);
    }

    /** How many dossiers there are in each status (the business metrics). */
    /**
     * At least as many as the campaign's dossiers in the status that the affiliation or locality
     * conflicts with (the codes compared trimmed and lower-cased, a superset of the exact rule):
     * an upper bound that lets a caller skip the exact check when it cannot change the answer.
     */
    public static long countPossiblyConflicted(Campaign campaign, DossierStatus status, String org, String province) {
        String code = org == null ? null : org.trim().toLowerCase(java.util.Locale.ROOT);
        return getEntityManager().createQuery("select count(d) from Dossier d where d.campaign = :campaign "
                + "and d.status = :status and (lower(trim(d.bodyCode)) = :org or lower(trim(d.nomineeTaxCode)) = :org "
                + "or lower(trim(d.nomineeOrganizationTaxCode)) = :org or d.nomineeProvince = :province)", Long.class)
                .setParameter("campaign", campaign).setParameter("status", status)
                .setParameter("org", code == null ? "" : code).setParameter("province", province == null ? "" : province)
                .getSingleResult();
    }

    public static long countInStatus(Campaign campaign, DossierStatus status) {
        return count("campaign = ?1 and status = ?2", campaign, status);
    }

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
