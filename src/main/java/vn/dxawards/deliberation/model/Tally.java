package vn.dxawards.deliberation.model;

import vn.dxawards.campaign.model.Majority;

/**
 * The council's vote on one dossier. Eligible = council minus recused members; the quorum is met
 * when votes cast (abstentions included) ≥ ⌈numerator / denominator × eligible⌉; the dossier is
 * carried when the campaign's majority rule holds ({@link Majority}; by default approvals outnumber
 * rejections).
 */
public record Tally(int approvals, int rejections, int abstentions, int eligible, int quorum, Majority majority) {

    public static Tally of(int approvals, int rejections, int abstentions, int eligible, int numerator,
            int denominator) {
        return of(approvals, rejections, abstentions, eligible, numerator, denominator, Majority.SIMPLE);
    }

    public static Tally of(int approvals, int rejections, int abstentions, int eligible, int numerator,
            int denominator, Majority majority) {
        int quorum = (numerator * eligible + denominator - 1) / denominator;
        return new Tally(approvals, rejections, abstentions, eligible, quorum,
                majority == null ? Majority.SIMPLE : majority);
    }

    public int cast() {
        return approvals + rejections + abstentions;
    }

    public boolean quorumMet() {
        return eligible > 0 && cast() >= quorum;
    }

    public boolean carried() {
        return quorumMet() && majority.carries(approvals, rejections, cast());
    }
}
