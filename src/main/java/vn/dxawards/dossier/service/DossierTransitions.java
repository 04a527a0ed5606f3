package vn.dxawards.dossier.service;

import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import io.quarkus.arc.Arc;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.platform.engine.Actors;

/** Moves a dossier to the status a process step says, and writes the audit line. */
public final class DossierTransitions {

    private DossierTransitions() {
    }

    public static Dossier move(DelegateExecution execution, DossierStatus to, String action) {
        Dossier dossier = Dossier.findById(((Number) execution.getVariable("dossierId")).longValue());
        return move(dossier, to, action);
    }

    public static Dossier move(Dossier dossier, DossierStatus to, String action) {
        DossierStatus from = dossier.status;
        dossier.status = to;
        dossier.updatedAt = java.time.Instant.now();
        Arc.container().instance(AuditLog.class).get().record(Actors.current().username(), action,
                dossier.campaign.code, dossier.id, from.name(), to.name(), null);
        return dossier;
    }
}
