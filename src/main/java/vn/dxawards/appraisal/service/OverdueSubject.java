package vn.dxawards.appraisal.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.model.OutboxMessage;
import vn.dxawards.notification.service.NotificationSubject;

/** An overdue-scorecard message to the secretariat is about the juror of its assignment. */
@ApplicationScoped
public class OverdueSubject implements NotificationSubject {

    @Override
    public String personAbout(OutboxMessage message) {
        if (message.kind != NotificationKind.SCORING_OVERDUE || message.subjectId == null) {
            return null;
        }
        Assignment assignment = Assignment.findById(message.subjectId);
        return assignment == null ? null : assignment.juror;
    }
}
