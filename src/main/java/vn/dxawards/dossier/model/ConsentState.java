package vn.dxawards.dossier.model;

/** Where a leader's own consent to the processing of their personal data stands. */
public enum ConsentState {
    NOT_REQUESTED, REQUESTED, GIVEN, REFUSED, WITHDRAWN
}
