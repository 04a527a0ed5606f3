package vn.dxawards.deliberation.service;

import vn.dxawards.deliberation.model.Proposal;
import vn.dxawards.deliberation.model.ProposalEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.platform.engine.EngineRaces;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.dossier.model.Dossier;

/** The secretariat sends the council's conclusion to the chair; the outcome is computed, never typed. */
@ApplicationScoped
@Transactional
public class ProposalService {

    static final String PROPOSAL_TASK = "Task_Proposal";

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    RankingService ranking;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    /** What sending the proposal now would send: the awardees inside the cut among the ranked dossiers. */
    public record Preview(Campaign campaign, long awardees, int ranked) {
    }

    /**
     * The proposal as it would be sent now, for the page that asks for confirmation; refused as
     * {@link #send} would be (not deliberating, a dossier short of its quorum), so the refusal comes
     * before the question.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(String campaignCode, User user, Locale locale) {
        Campaign campaign = campaigns.find(campaignCode);
        List<RankingEntry> entries = sendable(campaign, user, locale);
        return new Preview(campaign, entries.stream().filter(RankingEntry::awarded).count(), entries.size());
    }

    @Inject
    EngineRaces races;

    /**
     * Sends the proposal: ends the deliberation round (the proposal task, whose end cancels the vote
     * tasks still open). A member's vote task ends in a job a moment after their vote (campaign.bpmn);
     * a proposal sent at the instant such a job runs loses the engine's lock to it without anyone else
     * having acted, so it is sent again from the start in a fresh transaction (all or nothing each time).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Proposal send(String campaignCode, User user, Locale locale) {
        return races.retryingLostLocks("the proposal of " + campaignCode, () -> sendOnce(campaignCode, user, locale));
    }

    private Proposal sendOnce(String campaignCode, User user, Locale locale) {
        Campaign campaign = campaigns.find(campaignCode);
        List<RankingEntry> entries = sendable(campaign, user, locale);
        Task task = tasks.createTaskQuery().processInstanceId(campaign.processInstanceId)
                .taskDefinitionKey(PROPOSAL_TASK).singleResult();
        if (task == null) {
            throw DomainException.conflict("state_changed");
        }
        Proposal proposal = new Proposal();
        proposal.campaign = campaign;
        proposal.status = Proposal.Status.SENT;
        proposal.sentBy = user.username();
        proposal.sentAt = Instant.now();
        for (RankingEntry entry : entries) {
            ProposalEntry row = new ProposalEntry();
            row.proposal = proposal;
            row.dossier = Dossier.findById(entry.dossierId());
            row.ranking = entry.rank();
            row.score = entry.score();
            row.approvals = entry.votes().approve();
            row.rejections = entry.votes().reject();
            row.abstentions = entry.votes().abstain();
            row.awarded = entry.awarded();
            proposal.entries.add(row);
        }
        proposal.persist();
        long awarded = proposal.entries.stream().filter(e -> e.awarded).count();
        audit.record(user.username(), "PROPOSAL_SENT", campaign.code, null, Phase.DELIBERATION.name(),
                Phase.DECISION.name(), awarded + " awardee(s) of " + entries.size());
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.username());
        }
        tasks.complete(task.getId());
        return proposal;
    }

    private List<RankingEntry> sendable(Campaign campaign, User user, Locale locale) {
        access.require(user, CampaignAction.SEND_PROPOSAL, campaign);
        if (campaign.phase != Phase.DELIBERATION) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
        List<RankingEntry> entries = ranking.compute(campaign, false);
        List<String> withoutQuorum = entries.stream().filter(e -> !e.votes().quorumMet())
                .map(e -> Messages.text(locale, "proposal.no_quorum", e.reference(), e.votes().approve()
                        + e.votes().reject() + e.votes().abstain(), e.votes().quorum()))
                .toList();
        if (!withoutQuorum.isEmpty()) {
            throw new DomainException(409, "proposal.quorum_missing", withoutQuorum);
        }
        return entries;
    }
}
