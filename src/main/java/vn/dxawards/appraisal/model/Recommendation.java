package vn.dxawards.appraisal.model;

/** A juror's recommendation on a dossier. */
public enum Recommendation {
    AWARD, NO_AWARD, UNDECIDED
}
