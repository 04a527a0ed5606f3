package vn.dxawards.appraisal.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.access.CouncilWork;
import vn.dxawards.access.GuardedDossier;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.identity.User;

/** What the access policy learns of the council's work from the appraisal: conflicts and assignments. */
@ApplicationScoped
public class CouncilInvolvement implements CouncilWork {

    @Inject
    RecusalCache recusals;

    @Override
    public boolean recused(User user, GuardedDossier guarded) {
        Dossier dossier = dossier(guarded);
        return recusals.of(dossier.campaign).recused(user.username(), user.org(), user.province(), dossier);
    }

    @Override
    public boolean declaredConflict(User user, GuardedDossier guarded) {
        Dossier dossier = dossier(guarded);
        return recusals.of(dossier.campaign).declared(user.username(), dossier);
    }

    @Override
    public Scoring scoring(User user, GuardedDossier dossier) {
        Assignment assignment = Assignment.currentOf(dossier(dossier), user.username());
        if (assignment == null) {
            return Scoring.NOT_ASSIGNED;
        }
        return assignment.status == Assignment.Status.DONE ? Scoring.DONE : Scoring.ACTIVE;
    }

    @Override
    public List<Long> assignedDossierIds(String username) {
        return Assignment.dossierIdsOf(username);
    }

    private static Dossier dossier(GuardedDossier guarded) {
        return guarded instanceof Dossier dossier ? dossier : Dossier.findById(guarded.id());
    }
}
