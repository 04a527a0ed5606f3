package vn.dxawards.dossier.model;

/** What a nominator sees of a dossier (DESIGN.md §8); "overdue" is a flag, not a status. */
public enum DossierStatus {
    DRAFT, SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, REJECTED, WITHDRAWN, IN_APPRAISAL, IN_DELIBERATION,
    AWARDED, NOT_AWARDED;

    /** Rejected and withdrawn dossiers do not count against a body's quota. */
    public boolean countsForQuota() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
