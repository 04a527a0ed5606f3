package vn.dxawards.deliberation.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;

/** One council member's vote on one dossier; voting again replaces it until the proposal is sent. */
@Entity
public class Vote extends DxEntity {

    @ManyToOne(optional = false)
    public Campaign campaign;

    @ManyToOne(optional = false)
    public Dossier dossier;

    public String juror;

    @Enumerated(EnumType.STRING)
    public VoteChoice choice;

    public Instant castAt;

    /** The campaign's votes, in no particular order. */
    /** The campaign's votes counted per dossier and choice (one grouped query, no vote loaded). */
    public static java.util.Map<Long, java.util.Map<VoteChoice, Integer>> countsIn(Campaign campaign) {
        java.util.Map<Long, java.util.Map<VoteChoice, Integer>> counts = new java.util.HashMap<>();
        for (Object[] row : getEntityManager().createQuery("select v.dossier.id, v.choice, count(v) from Vote v "
                + "where v.campaign = :campaign group by v.dossier.id, v.choice", Object[].class)
                .setParameter("campaign", campaign).getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new java.util.EnumMap<>(VoteChoice.class))
                    .put((VoteChoice) row[1], ((Long) row[2]).intValue());
        }
        return counts;
    }

    public static List<Vote> of(Campaign campaign) {
        return list("campaign", campaign);
    }

    /** The campaign's votes in the order they were cast. */
    public static List<Vote> inOrderCast(Campaign campaign) {
        return list("campaign = ?1 order by castAt", campaign);
    }

    /** When the campaign's last vote was cast; null before the first. */
    public static Instant lastCastIn(Campaign campaign) {
        return getEntityManager().createQuery("select max(v.castAt) from Vote v where v.campaign = ?1", Instant.class)
                .setParameter(1, campaign).getSingleResult();
    }

    /** A member's votes in the campaign. */
    public static List<Vote> of(Campaign campaign, String juror) {
        return list("campaign = ?1 and juror = ?2", campaign, juror);
    }

    /** A member's vote on a dossier, or null. */
    public static Vote of(Dossier dossier, String juror) {
        return find("dossier = ?1 and juror = ?2", dossier, juror).firstResult();
    }

    /** How many of the dossiers still in deliberation the member has voted on. */
    public static long countInDeliberation(Campaign campaign, String juror) {
        return count("campaign = ?1 and juror = ?2 and dossier.status = ?3", campaign, juror,
                DossierStatus.IN_DELIBERATION);
    }

    /** How many votes each member has cast on the campaign's dossiers still in deliberation: rows of {juror, count}. */
    public static List<Object[]> countInDeliberationByJuror(Campaign campaign) {
        return getEntityManager().createQuery("select v.juror, count(v) from Vote v where v.campaign = ?1 "
                + "and v.dossier.status = ?2 group by v.juror", Object[].class)
                .setParameter(1, campaign).setParameter(2, vn.dxawards.dossier.model.DossierStatus.IN_DELIBERATION)
                .getResultList();
    }
}
