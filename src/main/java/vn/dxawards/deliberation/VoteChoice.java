package vn.dxawards.deliberation;

/** A council member's vote on a shortlisted dossier. */
public enum VoteChoice {
    APPROVE, REJECT, ABSTAIN
}
