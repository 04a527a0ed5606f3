package vn.dxawards.appraisal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.dossier.model.Dossier;

/** A juror assigned to score a dossier; each runs its own small scoring process. */
@Entity
public class Assignment extends DxEntity {

    public enum Status {
        /** Assigned, scorecard not yet submitted. */
        ACTIVE,
        /** Scorecard submitted. */
        DONE,
        /** Cancelled (a declared conflict or a reassignment); a replacement takes the place. */
        CANCELLED;

        public boolean current() {
            return this != CANCELLED;
        }
    }

    @ManyToOne(optional = false)
    public Dossier dossier;

    public String juror;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** Why this juror was chosen (shown to the secretariat). */
    public String reason;
    /** The sector-expertise affinity the assignment was made with (0–1; null before the optimiser). */
    public Double affinity;

    public LocalDate dueDate;
    public String processInstanceId;
    public Instant createdAt;
    public Instant endedAt;
    /** When the scoring process's overdue timer fired (the secretariat may then reassign it). */
    public Instant overdueSince;

    @Version
    public long version;

    public static List<Assignment> currentOf(Dossier dossier) {
        return list("dossier = ?1 and status <> ?2 order by id", dossier, Status.CANCELLED);
    }

    public static Assignment currentOf(Dossier dossier, String juror) {
        return find("dossier = ?1 and juror = ?2 and status <> ?3", dossier, juror, Status.CANCELLED)
                .firstResult();
    }

    /** The campaign's current assignments (cancelled ones excepted). */
    public static List<Assignment> currentIn(Campaign campaign) {
        return list("dossier.campaign = ?1 and status <> ?2", campaign, Status.CANCELLED);
    }

    /** A current assignment's dossier, juror and status, without loading the entities. */
    public record Current(long dossierId, String juror, Status status) {
    }

    /**
     * The campaign's current assignments as {@link Current}, in the order they were made: one query
     * for a check over the whole campaign (loading the entities would also load each one's dossier).
     */
    public static List<Current> currentStatesIn(Campaign campaign) {
        return getEntityManager().createQuery("select a.dossier.id, a.juror, a.status from Assignment a "
                + "where a.dossier.campaign = ?1 and a.status <> ?2 order by a.id", Object[].class)
                .setParameter(1, campaign).setParameter(2, Status.CANCELLED).getResultStream()
                .map(row -> new Current((Long) row[0], (String) row[1], (Status) row[2])).toList();
    }

    /** As {@link #currentIn(Campaign)}, by dossier reference and juror. */
    public static List<Assignment> currentInOrder(Campaign campaign) {
        return list("dossier.campaign = ?1 and status <> ?2 order by dossier.reference, juror", campaign,
                Status.CANCELLED);
    }

    /** A juror's current assignments in a campaign, by dossier reference: the order they score in. */
    public static List<Assignment> currentOfJuror(Campaign campaign, String juror) {
        return list("dossier.campaign = ?1 and juror = ?2 and status <> ?3 order by dossier.reference, id", campaign,
                juror, Status.CANCELLED);
    }

    /** Every assignment of the campaign, cancelled ones included. */
    public static List<Assignment> allIn(Campaign campaign) {
        return list("dossier.campaign", campaign);
    }

    /** Open assignments past their due date (or whose overdue timer fired), the most overdue first. */
    public static List<Assignment> overdueIn(Campaign campaign, LocalDate today) {
        return list("dossier.campaign = ?1 and status = ?2 and (overdueSince is not null or dueDate < ?3)"
                + " order by dueDate, dossier.reference, id", campaign, Status.ACTIVE, today);
    }

    /** Those of these jurors who still have a dossier of the campaign to score (an open assignment). */
    public static List<String> jurorsStillScoring(Campaign campaign, java.util.Collection<String> jurors) {
        return getEntityManager().createQuery("select distinct a.juror from Assignment a where a.dossier.campaign = ?1"
                + " and a.status = ?2 and a.juror in ?3 order by a.juror", String.class)
                .setParameter(1, campaign).setParameter(2, Status.ACTIVE).setParameter(3, jurors).getResultList();
    }

    /** The dossiers a juror is or was assigned to score (cancelled assignments excepted), by id. */
    public static List<Long> dossierIdsOf(String juror) {
        return getEntityManager().createQuery(
                "select a.dossier.id from Assignment a where a.juror = ?1 and a.status <> ?2 order by a.dossier.id",
                Long.class).setParameter(1, juror).setParameter(2, Status.CANCELLED).getResultList();
    }

    /**
     * The campaign's current assignments per juror: rows of {juror, assigned, submitted, overdue,
     * next due date of an open one}, in one grouped query.
     */
    public static List<Object[]> progressByJuror(Campaign campaign, LocalDate today) {
        return getEntityManager().createQuery("select a.juror, count(a), "
                + "sum(case when a.status = ?2 then 1 else 0 end), "
                + "sum(case when a.status = ?3 and (a.overdueSince is not null or a.dueDate < ?4) then 1 else 0 end), "
                + "min(case when a.status = ?3 then a.dueDate else null end) "
                + "from Assignment a where a.dossier.campaign = ?1 and a.status <> ?5 group by a.juror", Object[].class)
                .setParameter(1, campaign).setParameter(2, Status.DONE).setParameter(3, Status.ACTIVE)
                .setParameter(4, today).setParameter(5, Status.CANCELLED).getResultList();
    }

    /** How many of the campaign's dossiers in these statuses have no current juror. */
    public static long dossiersWithoutJuror(Campaign campaign, java.util.Collection<vn.dxawards.dossier.model.DossierStatus> statuses) {
        return getEntityManager().createQuery("select count(d) from Dossier d where d.campaign = ?1 and d.status in ?2 "
                + "and not exists (select a.id from Assignment a where a.dossier = d and a.status <> ?3)", Long.class)
                .setParameter(1, campaign).setParameter(2, statuses).setParameter(3, Status.CANCELLED)
                .getSingleResult();
    }
}
