package vn.dxawards.intake.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.dossier.model.Dossier;

/** A decision of the secretariat on a submitted dossier. */
@Entity
public class IntakeDecision extends DxEntity {

    public enum Kind {
        ACCEPT, REQUEST_SUPPLEMENT, REJECT
    }

    @ManyToOne(optional = false)
    public Dossier dossier;

    @Enumerated(EnumType.STRING)
    public Kind decision;

    public String note;
    public LocalDate dueDate;
    public String decidedBy;
    public Instant decidedAt;
    /** For a supplement request: the dossier's fingerprint when it was asked ({@link SupplementChanges}). */
    public String snapshot;
    /** For a supplement request: when the body answered, and the codes of the parts it changed (comma-separated). */
    public Instant answeredAt;
    public String changes;

    public static List<IntakeDecision> of(Dossier dossier) {
        return list("dossier = ?1 order by decidedAt, id", dossier);
    }

    /** The secretariat's last decision on the dossier (the one a step just recorded). */
    public static IntakeDecision latestOf(Dossier dossier) {
        return find("dossier = ?1 order by decidedAt desc, id desc", dossier).firstResult();
    }

    /** The supplement requests of the dossier, the latest first. */
    public static List<IntakeDecision> supplementRequestsOf(Dossier dossier) {
        return list("dossier = ?1 and decision = ?2 order by decidedAt desc, id desc", dossier, Kind.REQUEST_SUPPLEMENT);
    }
}
