package vn.dxawards.campaign.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import vn.dxawards.access.CampaignStage;
import vn.dxawards.platform.persistence.DxEntity;

/** One yearly campaign (đợt bình chọn): its windows, settings, categories and current phase. */
@Entity
public class Campaign extends DxEntity implements CampaignStage {

    @Column(nullable = false, unique = true)
    public String code;

    public String nameVi;

    public String nameEn;

    @Column(name = "campaign_year")
    public int year;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public int awardCount;

    public LocalDate nominationStart;
    public LocalDate nominationEnd;
    public LocalDate appraisalStart;
    public LocalDate appraisalEnd;
    public LocalDate deliberationEnd;
    public LocalDate decisionEnd;
    public LocalDate ceremonyDate;

    public int jurorsPerDossier;
    /** Bounds of each juror's number of dossiers, kept by the assignment (the minimum as far as dossiers allow). */
    public int minLoad;
    public int maxLoad;
    /** Quorum: votes cast ≥ ⌈numerator / denominator × eligible⌉. */
    public int quorumNumerator;
    public int quorumDenominator;
    /** What carries a dossier once the quorum is met. */
    @Enumerated(EnumType.STRING)
    public vn.dxawards.campaign.model.Majority majority = vn.dxawards.campaign.model.Majority.SIMPLE;
    /** The secretariat's own time to decide on a submitted dossier. */
    public int intakeDays;
    /** A juror's time to score an assigned dossier. */
    public int scoringDays;
    public boolean secretBallot;
    /** Jurors are reminded by e-mail this many days before their scoring due date. */
    public int reminderDaysBefore = 2;

    /** How jurors' totals are made comparable before the mean (docs/architecture.md, "Ranking rules"). */
    @Enumerated(EnumType.STRING)
    @Column(name = "ranking_normalisation")
    public Normalisation normalisation = Normalisation.NONE;
    /** Spreads of jurors' totals (max − min, points on 0–100) that flag a divergence, and a strong one. */
    public int divergenceWarn = 20;
    public int divergenceHigh = 30;
    /** Resamples of the jurors behind each dossier's stability figure. */
    public int bootstrapSamples = 1000;

    /**
     * The campaign's own council: usernames of the identity provider's jurors, comma-separated.
     * None (the default) means every user with the role juror, the chair included.
     */
    public String council;

    /** The campaign's issuer of its documents; each one left null takes the configured {@code dx.decision.*}. */
    public String issuerParentBody;
    public String issuerBody;
    public String issuerCode;
    public String issuerPlace;
    public String issuerAuthority;
    public String issuerAuthorityText;
    public String signerTitle;

    /** When the signed results are published by the timer; null: 00:00 ICT on the ceremony day. */
    public Instant publicationAt;

    public String processInstanceId;

    public Instant createdAt;

    /** When the results were published: the retention of personal data counts from here. */
    public Instant publishedAt;

    /**
     * Months that personal data of nominees not awarded is kept after publication (Decree 13/2023);
     * null for a campaign created before it was stated, which takes {@code dx.consent.retention-months}.
     */
    public Integer personalDataRetentionMonths;

    @Version
    public long version;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    public List<Category> categories = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL)
    public List<CampaignBlock> blocks = new ArrayList<>();

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }

    public Optional<Category> category(String categoryCode) {
        return categories.stream().filter(c -> c.code.equals(categoryCode)).findFirst();
    }

    /** A campaign uses the localities valid on its nomination start date. */
    public LocalDate localityDate() {
        return nominationStart;
    }

    /** The usernames the campaign names as its council, in order; empty when it names none (the whole role). */
    public List<String> councilUsernames() {
        return council == null || council.isBlank() ? List.of()
                : java.util.Arrays.stream(council.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
    }

    /** Whether the person sits on this campaign's council: named in it, or any juror when it names none. */
    @Override
    public boolean councilIncludes(String username) {
        List<String> named = councilUsernames();
        return named.isEmpty() || named.contains(username);
    }

    /** When the signed results go public: the time set, else 00:00 ICT on the ceremony day; null without either. */
    public Instant publicationTime() {
        if (publicationAt != null) {
            return publicationAt;
        }
        return ceremonyDate == null ? null : ceremonyDate.atStartOfDay(vn.dxawards.platform.i18n.Times.ICT).toInstant();
    }

    public static Optional<Campaign> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Every campaign, the latest year first. */
    public static List<Campaign> newestFirst() {
        return list("order by year desc, code");
    }

    /** The campaigns whose results are public, the latest year first. */
    public static List<Campaign> publishedNewestFirst() {
        return list("phase = ?1 order by year desc, code", Phase.PUBLISHED);
    }

    /** Nominating bodies may create, edit and submit dossiers, and the rubrics may still change. */
    public boolean acceptingNominations() {
        return phase == Phase.NOMINATION;
    }

    /**
     * The secretariat still takes dossiers in: it decides on submitted ones and nominators answer
     * its supplement requests, until the appraisal ends.
     */
    public boolean openForIntake() {
        return phase == Phase.NOMINATION || phase == Phase.APPRAISAL;
    }

    /** Jurors are assigned (and replaced) while dossiers are accepted and scored, until the appraisal ends. */
    public boolean assigningJurors() {
        return phase == Phase.NOMINATION || phase == Phase.APPRAISAL;
    }

    @Override
    public boolean deliberationReached() {
        return Phase.from(Phase.DELIBERATION).contains(phase);
    }

    @Override
    public boolean deliberating() {
        return phase == Phase.DELIBERATION;
    }

    @Override
    public boolean published() {
        return phase == Phase.PUBLISHED;
    }
}
