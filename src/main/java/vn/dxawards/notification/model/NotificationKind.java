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
    SURVEY_REQUESTED,
    /** To the nominating body: its dossier was received; the receipt (phiếu tiếp nhận) is attached. */
    SUBMISSION_RECEIVED,
    /** To the nominating body: the secretariat asks for a supplement (note, due date). */
    SUPPLEMENT_REQUESTED,
    /** To the nominating body: the supplement falls due soon and has not been answered. */
    SUPPLEMENT_REMINDER,
    /** To the nominating body: the dossier was accepted. */
    DOSSIER_ACCEPTED,
    /** To the nominating body: the dossier was rejected (with the reason). */
    DOSSIER_REJECTED,
    /** To the nominating body at publication: the dossier is awarded (certificate link). */
    OUTCOME_AWARDED,
    /** To the nominating body at publication: the dossier is not awarded (the council's recommendations). */
    OUTCOME_NOT_AWARDED,
    /** To a nominated leader's own address: the one-time link to consent or refuse. */
    CONSENT_REQUEST,
    /** To the nominating body: the leader consented. */
    CONSENT_GIVEN,
    /** To the nominating body: the leader refused. */
    CONSENT_REFUSED,
    /** To the nominating body: the leader withdrew consent; the dossier is withdrawn. */
    CONSENT_WITHDRAWN,
    /** To a council member, the first time they are given a dossier to score in a campaign. */
    COUNCIL_ASSIGNED,
    /** To each council member when the deliberation opens (again, after the chair returned the proposal). */
    DELIBERATION_OPENED,
    /** To the chair: the council's proposal has arrived for their decision. */
    PROPOSAL_RECEIVED;

    /** About a whole campaign, not one dossier: its texts name the campaign. */
    public boolean aboutCampaign() {
        return this == COUNCIL_ASSIGNED || this == DELIBERATION_OPENED || this == PROPOSAL_RECEIVED;
    }

    /** Its link holds a one-time token, cleared from the outbox once sent. */
    public boolean carriesSecret() {
        return this == CONSENT_REQUEST;
    }

    /** Messages to a nominating body, which lead to its dossier's page. */
    public boolean toNominator() {
        return switch (this) {
            case SUBMISSION_RECEIVED, SUPPLEMENT_REQUESTED, SUPPLEMENT_REMINDER, DOSSIER_ACCEPTED, DOSSIER_REJECTED,
                    OUTCOME_AWARDED, OUTCOME_NOT_AWARDED, CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_WITHDRAWN -> true;
            default -> false;
        };
    }
}
