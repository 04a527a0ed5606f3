package vn.dxawards.access;

/** What the access policy needs to know of a campaign: how far it has come. The campaign answers. */
public interface CampaignStage {

    /** The council deliberates, or has done so (deliberation, decision, published). */
    boolean deliberationReached();

    /** The council deliberates now. */
    boolean deliberating();

    /** The results are public. */
    boolean published();

    /**
     * Whether the person sits on this campaign's council (a campaign may name its own; one that names
     * none has every juror). Only asked of people with the juror or chair role.
     */
    default boolean councilIncludes(String username) {
        return true;
    }
}
