package vn.dxawards.campaign.service;

import vn.dxawards.campaign.model.Campaign;

/**
 * The work a phase's opening leaves to be done dossier by dossier. Opening the appraisal or the
 * deliberation of a national campaign moves thousands of dossier processes: the phase changes in
 * one short transaction, and the dossiers follow a chunk per transaction (implemented by the
 * feature that owns the dossiers, below which the campaign cannot look).
 */
public interface PhaseOpening {

    /**
     * Moves, a chunk per transaction, the campaign's dossiers still waiting for the opening of its
     * phase, until none is left or the time given has passed; called outside a transaction (after
     * the phase's own has committed). Answers how many are still waiting, or -1 when a chunk failed
     * (its dossiers are left to the background: the phase change itself stands).
     */
    long finish(String campaignCode, java.time.Duration atMost);

    /** How many of the campaign's dossiers still wait for the opening of its phase. */
    long waiting(Campaign campaign);
}
