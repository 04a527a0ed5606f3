package vn.dxawards.campaign.model;

/**
 * What carries a dossier once the quorum is met (a campaign setting, DESIGN.md §4): a simple
 * majority of the votes cast (approvals outnumber rejections; the default), an absolute majority
 * (approvals more than half of the votes cast, abstentions included), or two thirds of the votes
 * cast.
 */
public enum Majority {
    SIMPLE, ABSOLUTE, TWO_THIRDS;

    public boolean carries(int approvals, int rejections, int cast) {
        return switch (this) {
            case SIMPLE -> approvals > rejections;
            case ABSOLUTE -> 2 * approvals > cast;
            case TWO_THIRDS -> 3 * approvals >= 2 * cast && cast > 0;
        };
    }
}
