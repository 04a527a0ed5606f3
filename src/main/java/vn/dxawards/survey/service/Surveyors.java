package vn.dxawards.survey.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.access.GuardedDossier;
import vn.dxawards.access.SurveyWork;
import vn.dxawards.identity.User;
import vn.dxawards.survey.model.Survey;

/** What the access policy learns of field surveys: who was asked to survey a dossier. */
@ApplicationScoped
public class Surveyors implements SurveyWork {

    @Override
    public boolean surveys(User user, GuardedDossier dossier) {
        return Survey.isSurveyor(dossier.id(), user.username());
    }
}
