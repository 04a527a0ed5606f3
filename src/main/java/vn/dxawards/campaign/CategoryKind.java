package vn.dxawards.campaign;

/** What a category honours: a unit (organisation) or a leader (a person). */
public enum CategoryKind {
    UNIT, LEADER
}
