package vn.dxawards.dossier.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Predicate;

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

    /** Waiting for the secretariat's intake decision: submitted, or back after a supplement (answered or not). */
    public boolean awaitingIntake() {
        return this == SUBMITTED;
    }

    /** The secretariat has not decided on it yet: submitted, or waiting for the supplement it asked for. */
    public boolean undecidedAtIntake() {
        return this == SUBMITTED || this == SUPPLEMENT_REQUESTED;
    }

    /** Its nominating body (or its nominee, withdrawing consent) may still withdraw it: submitted, and not yet shortlisted. */
    public boolean withdrawable() {
        return this == SUBMITTED || this == SUPPLEMENT_REQUESTED || this == ACCEPTED || this == IN_APPRAISAL;
    }

    /** Rejected and withdrawn dossiers do not count against a body's quota. */
    public boolean countsForQuota() {
        return this != REJECTED && this != WITHDRAWN;
    }

    /** Takes one of the body's places in the category's quota: submitted, and neither rejected nor withdrawn. */
    public boolean holdsQuotaPlace() {
        return countsForQuota() && this != DRAFT;
    }

    /**
     * The statuses that answer yes, written into a query as a list of constants, e.g.
     * {@code (vn.dxawards.dossier.model.DossierStatus.DRAFT, …)}: a query whose list is a bound
     * parameter is translated to SQL again at every call (a multi-valued parameter is not cached by
     * Hibernate), which at the deadline rush cost the dossier's creation more than the rest of it.
     * The constants come from this enum only, never from input.
     */
    public static String literals(Predicate<DossierStatus> question) {
        return where(question).stream().map(s -> DossierStatus.class.getName() + "." + s.name())
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }

    /** The statuses that answer yes, for a query. */
    public static EnumSet<DossierStatus> where(Predicate<DossierStatus> question) {
        EnumSet<DossierStatus> statuses = EnumSet.noneOf(DossierStatus.class);
        Arrays.stream(values()).filter(question).forEach(statuses::add);
        return statuses;
    }
}
