package vn.dxawards.campaign.model;

/** What a category honours: a unit (organisation) or a leader (a person). */
public enum CategoryKind {
    UNIT, LEADER
}
