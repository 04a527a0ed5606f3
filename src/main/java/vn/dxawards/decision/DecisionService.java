package vn.dxawards.decision;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.access.User;
import vn.dxawards.audit.AuditLog;
import vn.dxawards.campaign.Campaign;
import vn.dxawards.campaign.CampaignService;
import vn.dxawards.campaign.Phase;
import vn.dxawards.common.DomainException;
import vn.dxawards.common.Hashes;
import vn.dxawards.common.Times;

/** The chair's decision on the proposal: return it with comments, or approve it by signing the award decision. */
@ApplicationScoped
@Transactional
public class DecisionService {

    static final String CHAIR_TASK = "Task_ChairDecision";
    static final String SYMBOL = "QĐ-HĐTĐ";

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    @Inject
    DecisionDocument documents;

    public Campaign decide(String campaignCode, DecisionRequest request, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.DECIDE, campaign);
        if (campaign.phase != Phase.DECISION || AwardDecision.of(campaign) != null) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
        Task task = tasks.createTaskQuery().processInstanceId(campaign.processInstanceId).taskDefinitionKey(CHAIR_TASK)
                .singleResult();
        Proposal proposal = Proposal.latestOf(campaign);
        if (task == null || proposal == null || proposal.status != Proposal.Status.SENT) {
            throw DomainException.conflict("state_changed");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw DomainException.conflict("task.claimed_by_other", task.getAssignee());
        }
        proposal.decidedBy = user.username();
        proposal.decidedAt = Instant.now();
        if (request.action() == DecisionRequest.Action.RETURN) {
            if (request.comment() == null || request.comment().isBlank()) {
                throw DomainException.invalid("decision.comment_required");
            }
            proposal.status = Proposal.Status.RETURNED;
            proposal.comment = request.comment().trim();
            audit.record(user.username(), "PROPOSAL_RETURNED", campaign.code, null, Phase.DECISION.name(),
                    Phase.DELIBERATION.name(), proposal.comment);
        } else {
            proposal.status = Proposal.Status.SIGNED;
            AwardDecision decision = new AwardDecision();
            decision.campaign = campaign;
            decision.proposal = proposal;
            decision.decisionYear = Times.today().getYear();
            Number last = (Number) AwardDecision.getEntityManager()
                    .createQuery("select max(d.decisionNumber) from AwardDecision d where d.decisionYear = ?1")
                    .setParameter(1, decision.decisionYear).getSingleResult();
            decision.decisionNumber = last == null ? 1 : last.intValue() + 1;
            decision.symbol = "%02d/%s".formatted(decision.decisionNumber, SYMBOL);
            decision.signedBy = user.username();
            decision.signedAt = Instant.now();
            decision.document = documents.render(decision, user);
            decision.sha256 = Hashes.sha256(decision.document);
            decision.persist();
            audit.record(user.username(), "DECISION_SIGNED", campaign.code, null, Phase.DECISION.name(),
                    Phase.DECISION.name(), decision.symbol + " sha256=" + decision.sha256);
        }
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.username());
        }
        tasks.complete(task.getId(), Map.of("decisionAction", request.action().name()));
        return campaign;
    }

    public AwardDecision signed(String campaignCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.READ_DECISION, campaign);
        AwardDecision decision = AwardDecision.of(campaign);
        if (decision == null) {
            throw DomainException.notFound("decision");
        }
        return decision;
    }

}
