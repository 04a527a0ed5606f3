package vn.dxawards.deliberation.service;

import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.deliberation.model.VoteChoice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import vn.dxawards.campaign.service.PhaseOpening;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.appraisal.model.Recusals;
import vn.dxawards.appraisal.service.RecusalCache;

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

    @Inject
    RecusalCache council;

    @Inject
    PhaseOpening opening;

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
        Vote vote = record(campaign, dossier, choice, Vote.of(dossier, user.username()), user);
        completeVoteTaskWhenDone(campaign, user);
        return vote;
    }

    /**
     * A member's votes on several shortlisted dossiers at once (the council's list vote): each its own
     * vote row and audit line, refused as a single vote would be; their earlier votes read in one
     * query, and their vote task checked once at the end, so a list of 2,000 costs no query per dossier.
     */
    public List<Vote> castAll(Campaign campaign, Map<Dossier, VoteChoice> choices, User user) {
        if (campaign.phase != Phase.DELIBERATION) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
        Map<Long, Vote> mine = new HashMap<>();
        Vote.of(campaign, user.username()).forEach(v -> mine.put(v.dossier.id, v));
        List<Vote> cast = new ArrayList<>(choices.size());
        choices.forEach((dossier, choice) -> cast.add(record(campaign, dossier, choice, mine.get(dossier.id), user)));
        completeVoteTaskWhenDone(campaign, user);
        return cast;
    }

    private Vote record(Campaign campaign, Dossier dossier, VoteChoice choice, Vote earlier, User user) {
        access.require(user, DossierAction.VOTE, dossier);
        if (dossier.status != DossierStatus.IN_DELIBERATION) {
            throw DomainException.conflict("vote.not_shortlisted", dossier.reference);
        }
        Vote vote = earlier;
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
        return vote;
    }

    /**
     * Ends the member's vote task once they have voted on every shortlisted dossier they are not
     * recused from. Costs the same for a shortlist of 10 or 2,000: counts first (votes, shortlist,
     * an upper bound of the member's recusals), and only when those cannot tell, the shortlist's
     * conflict keys (a projection, no dossier loaded) checked in memory.
     */
    private void completeVoteTaskWhenDone(Campaign campaign, User user) {
        long voted = Vote.countInDeliberation(campaign, user.username());
        long shortlisted = Dossier.countInStatus(campaign, DossierStatus.IN_DELIBERATION);
        if (voted < shortlisted) {
            Recusals recusals = council.of(campaign);
            String org = recusals.orgOf(user.username(), user.org());
            String province = recusals.provinceOf(user.username(), user.province());
            long mostRecused = recusals.declaredCount(user.username())
                    + Dossier.countPossiblyConflicted(campaign, DossierStatus.IN_DELIBERATION, org, province);
            if (voted < shortlisted - mostRecused) {
                return; // dossiers they may vote on are left, whatever the exact recusals
            }
            long eligible = Dossier.conflictKeys(campaign, DossierStatus.IN_DELIBERATION).stream()
                    .filter(d -> !recusals.recused(user.username(), user.org(), user.province(), d)).count();
            if (voted < eligible) {
                return;
            }
        }
        if (opening.waiting(campaign) > 0) {
            return; // dossiers are still entering the deliberation: more to vote on
        }
        Task task = tasks.createTaskQuery().processInstanceId(campaign.processInstanceId).taskDefinitionKey(VOTE_TASK)
                .taskAssignee(user.username()).singleResult();
        if (task != null) {
            tasks.complete(task.getId());
        }
    }
}
