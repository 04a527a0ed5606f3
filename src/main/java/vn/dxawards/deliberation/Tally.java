package vn.dxawards.deliberation;

/**
 * The council's vote on one dossier. Eligible = council minus recused members; the quorum is met
 * when votes cast (abstentions included) ≥ ⌈numerator / denominator × eligible⌉; the dossier is
 * carried when approvals outnumber rejections.
 */
public record Tally(int approvals, int rejections, int abstentions, int eligible, int quorum) {

    public static Tally of(int approvals, int rejections, int abstentions, int eligible, int numerator,
            int denominator) {
        int quorum = (numerator * eligible + denominator - 1) / denominator;
        return new Tally(approvals, rejections, abstentions, eligible, quorum);
    }

    public int cast() {
        return approvals + rejections + abstentions;
    }

    public boolean quorumMet() {
        return eligible > 0 && cast() >= quorum;
    }

    public boolean carried() {
        return quorumMet() && approvals > rejections;
    }
}
