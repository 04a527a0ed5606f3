package vn.dxawards.campaign.service;

import vn.dxawards.campaign.model.Campaign;

/**
 * What closing a campaign's phase early leaves undone, counted by the feature that owns it, so that
 * the confirmation names it (the dossiers: drafts their bodies have not submitted yet).
 */
public interface UnfinishedWork {

    /** The drafts that can no longer be submitted once nomination closes. */
    long unsubmittedDrafts(Campaign campaign);
}
