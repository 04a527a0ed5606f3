package vn.dxawards.campaign.model;

import java.util.EnumSet;

/** The phases of a campaign, in order; {@code advance} moves to the next one. */
public enum Phase {
    NOMINATION, APPRAISAL, DELIBERATION, DECISION, PUBLISHED;

    public Phase next() {
        return this == PUBLISHED ? null : values()[ordinal() + 1];
    }

    /** This phase and every one after it. */
    public static EnumSet<Phase> from(Phase first) {
        return EnumSet.range(first, PUBLISHED);
    }
}
