package vn.dxawards.appraisal.service;

import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.model.Conflicts;
import vn.dxawards.appraisal.model.JurorConflict;
import vn.dxawards.appraisal.model.Scorecard;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.Outbox;
import vn.dxawards.notification.service.Outbox.Notification;

/**
 * The secretariat's overdue scorecards: assignments still open after their due date (or whose
 * scoring process's overdue timer has fired), with the members who could take each over, and the
 * reassignment itself, which tells the new juror by e-mail.
 */
@ApplicationScoped
@Transactional
public class OverdueScorecards {

    @Inject
    CampaignService campaigns;

    @Inject
    AssignmentService assignments;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    /** A council member who may take over. */
    public record Candidate(String username, String name) {
    }

    /** One overdue scorecard. */
    public record Overdue(Long assignmentId, Long dossierId, String reference, String nominee, String juror,
            String jurorName, LocalDate dueDate, long daysOverdue, boolean draftSaved, List<Candidate> candidates) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Overdue> list(String campaignCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.READ_OVERDUE, campaign);
        LocalDate today = Times.today();
        List<Assignment> overdue = Assignment.overdueIn(campaign, today);
        List<CouncilMember> members = CouncilMember.of(campaign);
        // read in bulk: who is on each dossier, who declared a conflict, which scorecards have a draft
        Map<Long, Set<String>> onDossier = new HashMap<>();
        for (Assignment a : Assignment.currentIn(campaign)) {
            onDossier.computeIfAbsent(a.dossier.id, k -> new HashSet<>()).add(a.juror);
        }
        Set<String> declared = new HashSet<>();
        JurorConflict.declaredIn(campaign).forEach(c -> declared.add(c.dossier.id + "/" + c.juror));
        Set<Long> drafted = new HashSet<>();
        if (!overdue.isEmpty()) {
            Scorecard.ofAssignments(overdue).forEach(c -> drafted.add(c.assignment.id));
        }
        return overdue.stream().map(a -> new Overdue(a.id, a.dossier.id, a.dossier.reference, a.dossier.nomineeName,
                a.juror, nameOf(members, a.juror), a.dueDate, Math.max(0, ChronoUnit.DAYS.between(a.dueDate, today)),
                drafted.contains(a.id),
                members.stream()
                        .filter(m -> !onDossier.getOrDefault(a.dossier.id, Set.of()).contains(m.username)
                                && !declared.contains(a.dossier.id + "/" + m.username)
                                && Conflicts.detected(m.org, m.province, a.dossier) == null)
                        .sorted(Comparator.comparing((CouncilMember m) -> m.chair).thenComparing(m -> m.username))
                        .map(m -> new Candidate(m.username, m.fullName == null ? m.username : m.fullName)).toList()))
                .toList();
    }

    /** Gives an overdue scorecard to another member, who is told by e-mail; answers the new assignment. */
    public Assignment reassign(long assignmentId, String juror, User user) {
        Assignment old = Assignment.findById(assignmentId);
        if (old == null) {
            throw DomainException.notFound("assignment");
        }
        access.require(user, CampaignAction.REASSIGN, old.dossier.campaign);
        if (old.status == Assignment.Status.ACTIVE && old.overdueSince == null
                && !old.dueDate.isBefore(Times.today())) {
            throw DomainException.conflict("reassign.not_overdue", old.dueDate.toString());
        }
        Assignment created = assignments.reassign(assignmentId, juror, user);
        outbox.enqueue(Notification.toPerson("reassigned:" + created.id, NotificationKind.SCORING_REASSIGNED,
                created.juror, created.dossier.campaign.code, created.dossier.id, created.id, created.dueDate));
        return created;
    }

    private static String nameOf(List<CouncilMember> members, String username) {
        return members.stream().filter(m -> m.username.equals(username) && m.fullName != null).map(m -> m.fullName)
                .findFirst().orElse(username);
    }
}
