package vn.dxawards.deliberation.model;

/** A council member's vote on a shortlisted dossier. */
public enum VoteChoice {
    APPROVE, REJECT, ABSTAIN
}
