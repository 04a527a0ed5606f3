package vn.dxawards.deliberation.service;

import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.deliberation.model.VoteChoice;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;

/** Council members' votes in deliberation; a member's vote task ends when they have voted on every dossier they may. */
@ApplicationScoped
@Transactional
public class VoteService {

    static final String VOTE_TASK = "Task_Vote";

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    public Vote cast(String campaignCode, Long dossierId, VoteChoice choice, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        if (dossierId == null || choice == null) {
            throw DomainException.invalid("vote.incomplete");
        }
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null || !dossier.campaign.id.equals(campaign.id)) {
            throw DomainException.notFound("dossier");
        }
        if (campaign.phase != Phase.DELIBERATION) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
        access.require(user, DossierAction.VOTE, dossier);
        if (dossier.status != DossierStatus.IN_DELIBERATION) {
            throw DomainException.conflict("vote.not_shortlisted", dossier.reference);
        }
        Vote vote = Vote.of(dossier, user.username());
        if (vote == null) {
            vote = new Vote();
            vote.campaign = campaign;
            vote.dossier = dossier;
            vote.juror = user.username();
        }
        if (vote.choice == choice) {
            // the same vote again (a double click, a retry): nothing changes, no second audit line
            return vote;
        }
        String before = vote.choice == null ? null : vote.choice.name();
        vote.choice = choice;
        vote.castAt = Instant.now();
        vote.persist();
        audit.record(user.username(), "VOTE_CAST", campaign.code, dossier.id, before, campaign.secretBallot ? "SECRET"
                : choice.name(), null);
        completeVoteTaskWhenDone(campaign, user);
        return vote;
    }

    private void completeVoteTaskWhenDone(Campaign campaign, User user) {
        List<Dossier> open = Dossier.inStatus(campaign, List.of(DossierStatus.IN_DELIBERATION));
        long eligible = open.stream().filter(d -> !access.recused(user, d)).count();
        long voted = Vote.countInDeliberation(campaign, user.username());
        if (voted < eligible) {
            return;
        }
        Task task = tasks.createTaskQuery().processInstanceId(campaign.processInstanceId).taskDefinitionKey(VOTE_TASK)
                .taskAssignee(user.username()).singleResult();
        if (task != null) {
            tasks.complete(task.getId());
        }
    }
}
