package vn.dxawards.survey.process;

import vn.dxawards.survey.model.Survey;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.Outbox;
import vn.dxawards.notification.service.Outbox.Notification;

/** The steps of processes/survey.bpmn. */
@Named("surveySteps")
@ApplicationScoped
public class SurveySteps {

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    /** The surveyor learns of the request by e-mail, once per survey. */
    public void requested(DelegateExecution execution) {
        Survey survey = survey(execution);
        outbox.enqueue(Notification.toPerson("survey-requested:" + survey.id, NotificationKind.SURVEY_REQUESTED,
                survey.surveyor, survey.dossier.campaign.code, survey.dossier.id, survey.id, survey.dueDate));
    }

    public void recorded(DelegateExecution execution) {
        Survey survey = survey(execution);
        survey.status = Survey.Status.DONE;
        survey.completedAt = Instant.now();
        audit.record(survey.surveyor, "SURVEY_RECORDED", survey.dossier.campaign.code, survey.dossier.id,
                survey.dossier.status.name(), survey.dossier.status.name(), "visited " + survey.visitedOn);
    }

    public void cancelled(DelegateExecution execution) {
        Survey survey = survey(execution);
        survey.status = Survey.Status.CANCELLED;
        survey.completedAt = Instant.now();
        audit.record(survey.requestedBy, "SURVEY_CANCELLED", survey.dossier.campaign.code, survey.dossier.id,
                survey.dossier.status.name(), survey.dossier.status.name(), survey.surveyor);
    }

    private static Survey survey(DelegateExecution execution) {
        return Survey.findById(((Number) execution.getVariable("surveyId")).longValue());
    }
}
