package vn.dxawards.access;

/** What the access policy needs to know of a campaign: how far it has come. The campaign answers. */
public interface CampaignStage {

    /** The council deliberates, or has done so (deliberation, decision, published). */
    boolean deliberationReached();

    /** The council deliberates now. */
    boolean deliberating();

    /** The results are public. */
    boolean published();
}
