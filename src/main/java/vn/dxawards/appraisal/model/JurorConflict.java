package vn.dxawards.appraisal.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.dossier.model.Dossier;

/** A conflict of interest a juror declared on a dossier. */
@Entity
public class JurorConflict extends DxEntity {

    @ManyToOne(optional = false)
    public Dossier dossier;

    public String juror;
    public String reason;
    public Instant declaredAt;

    /** The conflicts declared on the campaign's dossiers. */
    public static List<JurorConflict> declaredIn(Campaign campaign) {
        return list("dossier.campaign", campaign);
    }

    /** The campaign's declared conflicts as (dossier id, juror) pairs, without loading the dossiers. */
    public static List<Object[]> pairsIn(Campaign campaign) {
        return getEntityManager()
                .createQuery("select c.dossier.id, c.juror from JurorConflict c where c.dossier.campaign = :campaign",
                        Object[].class)
                .setParameter("campaign", campaign).getResultList();
    }

    public static boolean declared(Dossier dossier, String juror) {
        return count("dossier = ?1 and juror = ?2", dossier, juror) > 0;
    }
}
