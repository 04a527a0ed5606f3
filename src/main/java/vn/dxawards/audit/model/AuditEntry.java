package vn.dxawards.audit.model;

import java.util.List;
import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.dxawards.platform.persistence.DxEntity;

/** One line of the append-only audit log: who did what, when, to which dossier, from which state. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry extends DxEntity {

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String campaignCode;

    public Long dossierId;

    public String fromState;

    public String toState;

    public String detail;

    /** A dossier's trail, oldest first. */
    public static List<AuditEntry> ofDossier(long dossierId) {
        return list("dossierId = ?1 order by at, id", dossierId);
    }
}
