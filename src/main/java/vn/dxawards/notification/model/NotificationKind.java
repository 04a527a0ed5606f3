package vn.dxawards.notification.model;


/** What a notification says; each kind has its texts in {@code notification.service.MailMessages}. */
public enum NotificationKind {
    /** To a juror, some days before their scoring due date. */
    SCORING_REMINDER,
    /** To every secretary, when a juror's scoring is overdue. */
    SCORING_OVERDUE,
    /** To the juror who takes over an overdue scorecard. */
    SCORING_REASSIGNED,
    /** To the juror asked to survey a dossier. */
    SURVEY_REQUESTED
}
