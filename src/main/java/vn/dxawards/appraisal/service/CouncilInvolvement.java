package vn.dxawards.appraisal.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.access.CouncilWork;
import vn.dxawards.access.GuardedDossier;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.model.Conflicts;
import vn.dxawards.appraisal.model.JurorConflict;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.identity.User;

/** What the access policy learns of the council's work from the appraisal: conflicts and assignments. */
@ApplicationScoped
public class CouncilInvolvement implements CouncilWork {

    @Override
    public boolean recused(User user, GuardedDossier guarded) {
        Dossier dossier = dossier(guarded);
        CouncilMember member = CouncilMember.of(dossier.campaign, user.username());
        String org = member != null && member.org != null ? member.org : user.org();
        String province = member != null && member.province != null ? member.province : user.province();
        return Conflicts.detected(org, province, dossier) != null || JurorConflict.declared(dossier, user.username());
    }

    @Override
    public boolean declaredConflict(User user, GuardedDossier dossier) {
        return JurorConflict.declared(dossier(dossier), user.username());
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
