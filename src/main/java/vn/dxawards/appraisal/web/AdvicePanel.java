package vn.dxawards.appraisal.web;

import java.util.List;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.appraisal.service.ScorecardService;
import vn.dxawards.appraisal.service.ScorecardService.Advice;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.identity.User;

/**
 * The jury's recommendations on the dossier page ({@code templates/appraisal/dossier-advice.html}):
 * shown to whoever the access policy lets read them (the nominating body once the results are public).
 */
@Named("advicePanel")
@RequestScoped
@Unremovable
public class AdvicePanel {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessPolicy access;

    @Inject
    ScorecardService scorecards;

    /** Called while a dossier's page renders; empty for people who may not read the advice. */
    public List<Advice> forDossier(Long dossierId) {
        User user = currentUser.get();
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null || !access.may(user, DossierAction.READ_RECOMMENDATIONS, dossier)) {
            return List.of();
        }
        return scorecards.recommendations(dossierId, user);
    }
}
