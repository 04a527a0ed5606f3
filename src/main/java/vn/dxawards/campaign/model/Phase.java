package vn.dxawards.campaign.model;

/** The phases of a campaign, in order; {@code advance} moves to the next one. */
public enum Phase {
    NOMINATION, APPRAISAL, DELIBERATION, DECISION, PUBLISHED;

    public Phase next() {
        return this == PUBLISHED ? null : values()[ordinal() + 1];
    }
}
