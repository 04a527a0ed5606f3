package vn.dxawards.appraisal.model;

/** The kinds of support the council may propose to a unit (training, applications, platforms…). */
public enum ProposalType {
    TRAINING, APPLICATION, PLATFORM, OTHER
}
