package vn.dxawards.campaign.service;

import java.util.Locale;
import java.util.Optional;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.errors.DomainException;

/**
 * What must be done before a campaign leaves its phase. The feature that does a phase's work
 * answers for it (the appraisal: every dossier decided and scored; the decision: signed), so the
 * campaign, below them, asks without knowing them. An implementation answers only for the phases
 * it owns and is empty for the others.
 */
public interface PhaseExit {

    /** Why the campaign may not leave its current phase yet, as the refusal to give; empty when it may. */
    Optional<DomainException> blocker(Campaign campaign, Locale locale);
}
