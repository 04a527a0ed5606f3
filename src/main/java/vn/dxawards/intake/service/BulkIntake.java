package vn.dxawards.intake.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.identity.User;
import vn.dxawards.intake.model.IntakeDecision;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Messages;

/**
 * Several intake acceptances in one request. Each dossier is decided by {@link IntakeService#decide}
 * in a transaction of its own (this bean holds none), so each is its own process decision and audit
 * line; a refusal is written as that dossier's refusal line and answered beside the others, and never
 * undoes or blocks them.
 */
@ApplicationScoped
public class BulkIntake {

    /** The most dossiers one request decides. */
    public static final int MAX_DOSSIERS = 500;

    @Inject
    IntakeService intake;

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** What became of one dossier: its new status, or why it was refused. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(long id, String reference, String status, Refused error) {
        public boolean done() {
            return error == null;
        }
    }

    /** A refusal as the API's errors give it: its code and its message in the person's language. */
    public record Refused(String code, String message) {
    }

    public List<Outcome> decide(String campaignCode, List<Long> dossierIds, IntakeDecision.Kind decision, String note,
            User user, Locale locale) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.DECIDE_INTAKE, campaign);
        if (decision != IntakeDecision.Kind.ACCEPT) {
            throw DomainException.invalid("intake.bulk_accept_only");
        }
        if (dossierIds == null || dossierIds.isEmpty()) {
            throw DomainException.invalid("intake.bulk_empty");
        }
        if (dossierIds.size() > MAX_DOSSIERS) {
            throw DomainException.invalid("intake.bulk_too_many", MAX_DOSSIERS);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(dossierIds)) {
            outcomes.add(decideOne(campaign.code, id, decision, note, user, locale));
        }
        return outcomes;
    }

    private Outcome decideOne(String campaignCode, Long id, IntakeDecision.Kind decision, String note, User user,
            Locale locale) {
        try {
            Dossier dossier = intake.decide(id, campaignCode, new IntakeRequest(decision, note, null), user);
            return new Outcome(id, dossier.reference, dossier.status.name(), null);
        } catch (DomainException refusal) {
            audit.recordRefusal(user.username(), campaignCode, refusal.status() == 404 ? null : id, refusal.status(),
                    "INTAKE_" + decision.name() + ": " + refusal.code());
            return new Outcome(id, null, null, new Refused(refusal.code(),
                    Messages.text(locale, refusal.code(), refusal.args())));
        } catch (RuntimeException race) {
            // the engine or the database lost a race with another secretary: this one only
            audit.recordRefusal(user.username(), campaignCode, id, 409, "INTAKE_" + decision.name() + ": concurrent_change");
            return new Outcome(id, null, null, new Refused("concurrent_change",
                    Messages.text(locale, "concurrent_change")));
        }
    }
}
