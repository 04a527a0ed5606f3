package vn.dxawards.appraisal.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
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

    public static boolean declared(Dossier dossier, String juror) {
        return count("dossier = ?1 and juror = ?2", dossier, juror) > 0;
    }
}
