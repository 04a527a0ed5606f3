package vn.dxawards.survey.web;

import vn.dxawards.survey.model.Survey;
import vn.dxawards.survey.service.SurveyService;
import vn.dxawards.survey.service.SurveyView;
import java.util.List;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.identity.User;
import vn.dxawards.dossier.model.Dossier;

/**
 * The surveys section of the dossier page ({@code templates/surveys/dossier-surveys.html}): shown
 * to whoever the access policy lets read surveys, with the request link for those who may ask.
 */
@Named("surveyPanel")
@RequestScoped
@Unremovable
public class SurveyPanel {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessPolicy access;

    @Inject
    SurveyService surveys;

    /** What the section shows; {@code shown} is false for people who may not read surveys. */
    public record Panel(boolean shown, boolean mayRequest, List<SurveyView> surveys) {
    }

    /** Called while a dossier's page renders. */
    public Panel forDossier(Long dossierId) {
        User user = currentUser.get();
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null || !access.may(user, DossierAction.READ_SURVEYS, dossier)) {
            return new Panel(false, false, List.of());
        }
        boolean mayRequest = access.may(user, DossierAction.REQUEST_SURVEY, dossier)
                && SurveyService.SURVEYABLE.contains(dossier.status);
        return new Panel(true, mayRequest, Survey.of(dossier).stream().map(surveys::view).toList());
    }
}
