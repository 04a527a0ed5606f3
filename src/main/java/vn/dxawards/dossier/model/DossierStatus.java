package vn.dxawards.dossier.model;

/** What a nominator sees of a dossier (DESIGN.md §8); "overdue" is a flag, not a status. */
public enum DossierStatus {
    DRAFT, SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, REJECTED, WITHDRAWN, IN_APPRAISAL, IN_DELIBERATION,
    AWARDED, NOT_AWARDED;

    /** On the council's shortlist: in deliberation, or decided after it. */
    public boolean shortlisted() {
        return this == IN_DELIBERATION || this == AWARDED || this == NOT_AWARDED;
    }

    /** The nominating body may still change the dossier: a draft, or one whose supplement is asked for. */
    public boolean editable() {
        return this == DRAFT || this == SUPPLEMENT_REQUESTED;
    }

    /** Rejected and withdrawn dossiers do not count against a body's quota. */
    public boolean countsForQuota() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
