package vn.dxawards.appraisal.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.dossier.model.Dossier;

/** A juror's scores of one dossier on its category's rubric. */
@Entity
public class Scorecard extends DxEntity {

    public enum Status {
        DRAFT, SUBMITTED
    }

    @OneToOne(optional = false)
    public Assignment assignment;

    @ManyToOne(optional = false)
    public Dossier dossier;

    public String juror;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String comment;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    /** The weighted total on 0–100. */
    public BigDecimal total;

    /** 0 until submitted; each revision in deliberation adds one. */
    public int revision;

    public Instant submittedAt;
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_score", joinColumns = @JoinColumn(name = "scorecard_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "score")
    public Map<String, Integer> scores = new LinkedHashMap<>();

    /** The juror's comment on single criteria; required where the score is 0 or 10. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_note", joinColumns = @JoinColumn(name = "scorecard_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "note")
    public Map<String, String> criterionComments = new LinkedHashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_proposal", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    public List<Proposal> proposals = new ArrayList<>();

    @Version
    public long version;

    /** A support proposal: its kind and what exactly. */
    @Embeddable
    public static class Proposal {
        @Enumerated(EnumType.STRING)
        @Column(name = "proposal_type")
        public ProposalType type;

        public String text;

        public Proposal() {
        }

        public Proposal(ProposalType type, String text) {
            this.type = type;
            this.text = text;
        }
    }

    public static Scorecard of(Assignment assignment) {
        return find("assignment", assignment).firstResult();
    }

    /**
     * The scorecard, its row locked until the transaction ends and read again after the lock: two
     * submissions at once are then one after the other, and the second sees the first's result.
     */
    public static Scorecard lockedOf(Assignment assignment) {
        Scorecard scorecard = of(assignment);
        if (scorecard != null) {
            getEntityManager().refresh(scorecard, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        return scorecard;
    }

    /** Whether the juror has saved a scorecard (draft or submitted) on the assignment. */
    public static boolean existsFor(Assignment assignment) {
        return count("assignment", assignment) > 0;
    }

    /** The scorecards of these assignments, drafts included. */
    public static List<Scorecard> ofAssignments(List<Assignment> assignments) {
        return list("assignment in ?1", assignments);
    }

    /** A submitted scorecard's juror, total and recommendation. */
    public record Total(Long dossierId, String juror, BigDecimal total, Recommendation recommendation) {
    }

    /** The campaign's submitted totals by juror, read without loading the scorecards (one query). */
    public static List<Total> submittedTotalsIn(Campaign campaign) {
        return getEntityManager().createQuery("select s.dossier.id, s.juror, s.total, s.recommendation from Scorecard s"
                + " where s.dossier.campaign = ?1 and s.status = ?2 order by s.juror", Object[].class)
                .setParameter(1, campaign).setParameter(2, Status.SUBMITTED).getResultStream()
                .map(row -> new Total((Long) row[0], (String) row[1], (BigDecimal) row[2], (Recommendation) row[3]))
                .toList();
    }

    public static List<Scorecard> submittedOf(Dossier dossier) {
        return list("dossier = ?1 and status = ?2 order by juror", dossier, Status.SUBMITTED);
    }

    /** Every submitted scorecard of the campaign. */
    /** One criterion's score of a submitted scorecard, with what an export shows beside it. */
    public record Score(String reference, String nominee, Long categoryId, String juror, String criterion, Integer score,
            java.math.BigDecimal total, Recommendation recommendation, java.time.Instant submittedAt, int revision) {
    }

    /** Every score of the campaign's submitted scorecards, in one query (no scorecard loaded). */
    public static List<Score> submittedScoresIn(Campaign campaign) {
        return getEntityManager().createQuery("select d.reference, d.nomineeName, d.category.id, c.juror, key(s), "
                + "value(s), c.total, c.recommendation, c.submittedAt, c.revision from Scorecard c join c.dossier d "
                + "join c.scores s where d.campaign = :campaign and c.status = :submitted", Object[].class)
                .setParameter("campaign", campaign).setParameter("submitted", Status.SUBMITTED).getResultStream()
                .map(r -> new Score((String) r[0], (String) r[1], (Long) r[2], (String) r[3], (String) r[4],
                        (Integer) r[5], (java.math.BigDecimal) r[6], (Recommendation) r[7], (java.time.Instant) r[8],
                        ((Number) r[9]).intValue()))
                .toList();
    }

    public static List<Scorecard> submittedIn(Campaign campaign) {
        return list("dossier.campaign = ?1 and status = ?2", campaign, Status.SUBMITTED);
    }

    public static long countSubmitted() {
        return count("status", Status.SUBMITTED);
    }
}
