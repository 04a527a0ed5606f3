package vn.dxawards.audit.service;

import vn.dxawards.audit.model.AuditEntry;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes and reads the audit log; entries are written in the transaction of the action they record. */
@ApplicationScoped
public class AuditLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String campaignCode, Long dossierId, String fromState,
            String toState, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.campaignCode = campaignCode;
        entry.dossierId = dossierId;
        entry.fromState = fromState;
        entry.toState = toState;
        entry.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        entry.persist();
    }

    /**
     * A refused change's line, in a transaction of its own: the refused one was rolled back, and the
     * refusal is answered whatever happens to its line.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String actor, String campaignCode, Long dossierId, int status, String detail) {
        record(actor, "REFUSED", campaignCode, dossierId, null, String.valueOf(status), detail);
    }

    public List<AuditEntry> ofDossier(long dossierId) {
        return AuditEntry.ofDossier(dossierId);
    }
}
