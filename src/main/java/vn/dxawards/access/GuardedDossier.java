package vn.dxawards.access;

/** What the access policy needs to know of a dossier. The dossier answers; the policy decides. */
public interface GuardedDossier {

    Long id();

    /** The code of the nominating body that owns the dossier. */
    String nominatingBody();

    CampaignStage stage();

    /** On the council's shortlist: in deliberation, or decided after it. */
    boolean shortlisted();
}
