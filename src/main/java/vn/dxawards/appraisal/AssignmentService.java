package vn.dxawards.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.access.User;
import vn.dxawards.audit.AuditLog;
import vn.dxawards.campaign.Campaign;
import vn.dxawards.campaign.CampaignService;
import vn.dxawards.campaign.CouncilMember;
import vn.dxawards.campaign.CouncilService;
import vn.dxawards.campaign.Phase;
import vn.dxawards.common.DomainException;
import vn.dxawards.common.Times;
import vn.dxawards.dossier.Dossier;
import vn.dxawards.dossier.DossierService;
import vn.dxawards.dossier.DossierStatus;

/**
 * Assigns jurors to accepted dossiers: k per dossier, never a conflicted one, the least loaded
 * first (sector expertise and an optimal solver come with the appraisal issue). Incremental: it
 * fills empty places and never moves work already started.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {

    public static final String PROCESS = "scoring";
    static final String CANCELLED_MESSAGE = "AssignmentCancelled";

    @Inject
    CampaignService campaigns;

    @Inject
    DossierService dossiers;

    @Inject
    CouncilService council;

    @Inject
    AccessPolicy access;

    @Inject
    RuntimeService runtime;

    @Inject
    AuditLog audit;

    /** What an automatic assignment did, and which dossiers it could not fill and why. */
    public record Result(int created, List<Unfilled> unfilled) {
    }

    public record Unfilled(Long dossierId, String reference, int missing, String reason) {
    }

    public Result assignAll(String campaignCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.ASSIGN, campaign);
        requireAssignable(campaign);
        List<CouncilMember> members = council.refresh(campaign);
        List<Dossier> accepted = Dossier.list("campaign = ?1 and status in ?2 order by id", campaign,
                EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_APPRAISAL));
        Map<String, Integer> load = currentLoad(campaign);
        int created = 0;
        List<Unfilled> unfilled = new ArrayList<>();
        for (Dossier dossier : accepted) {
            Filled filled = fill(dossier, members, load, user);
            created += filled.created();
            if (filled.missing() > 0) {
                unfilled.add(new Unfilled(dossier.id, dossier.reference, filled.missing(), "not_enough_eligible_jurors"));
            }
        }
        audit.record(user.username(), "AUTO_ASSIGNMENT", campaign.code, null, campaign.phase.name(),
                campaign.phase.name(), created + " new, " + unfilled.size() + " dossier(s) not filled");
        return new Result(created, unfilled);
    }

    private record Filled(int created, int missing, String lastJuror) {
    }

    /** A declared conflict: the juror leaves the dossier, their scoring task ends, a replacement is sought. */
    public String declareConflict(long dossierId, String reason, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.DECLARE_CONFLICT);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("conflict.reason_required");
        }
        Assignment assignment = Assignment.currentOf(dossier, user.username());
        if (assignment.status != Assignment.Status.ACTIVE) {
            throw DomainException.conflict("conflict.after_submission");
        }
        JurorConflict conflict = new JurorConflict();
        conflict.dossier = dossier;
        conflict.juror = user.username();
        conflict.reason = reason.trim();
        conflict.declaredAt = Instant.now();
        conflict.persist();
        audit.record(user.username(), "CONFLICT_DECLARED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), reason);
        cancel(assignment);
        Campaign campaign = dossier.campaign;
        if (campaign.phase != Phase.NOMINATION && campaign.phase != Phase.APPRAISAL) {
            return null;
        }
        return fill(dossier, council.refresh(campaign), currentLoad(campaign), user).lastJuror();
    }

    /**
     * The secretariat gives an assignment to another council member (an overdue scorecard): the old
     * scoring ends as a cancellation and a new one starts for the chosen member, as for the
     * replacement of a juror who declared a conflict. Answers the new assignment.
     */
    public Assignment reassign(long assignmentId, String juror, User user) {
        Assignment old = Assignment.findById(assignmentId);
        if (old == null) {
            throw DomainException.notFound("assignment");
        }
        Dossier dossier = old.dossier;
        access.require(user, CampaignAction.REASSIGN, dossier.campaign);
        requireAssignable(dossier.campaign);
        if (old.status != Assignment.Status.ACTIVE) {
            throw DomainException.conflict("reassign.not_active");
        }
        if (juror == null || juror.isBlank()) {
            throw DomainException.invalid("reassign.juror_required");
        }
        CouncilMember member = council.refresh(dossier.campaign).stream()
                .filter(m -> m.username.equals(juror.trim()) && mayTakePlace(dossier, m)).findFirst()
                .orElseThrow(() -> DomainException.invalid("reassign.not_eligible", juror.trim()));
        cancel(old);
        start(dossier, member, user);
        Assignment created = Assignment.currentOf(dossier, member.username);
        created.reason = "reassigned";
        audit.record(user.username(), "SCORING_REASSIGNED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), old.juror + " -> " + member.username);
        return created;
    }

    /** Whether a member may take a place on the dossier: not on it now, and no detected or declared conflict. */
    private static boolean mayTakePlace(Dossier dossier, CouncilMember member) {
        return Assignment.currentOf(dossier, member.username) == null
                && Conflicts.detected(member.org, member.province, dossier) == null
                && !JurorConflict.declared(dossier, member.username);
    }

    /** A withdrawn dossier is no longer scored: its jurors' open assignments end (submitted ones stay). */
    public void releaseJurors(Dossier dossier) {
        for (Assignment assignment : Assignment.currentOf(dossier)) {
            if (assignment.status == Assignment.Status.ACTIVE) {
                cancel(assignment);
            }
        }
    }

    private void cancel(Assignment assignment) {
        assignment.status = Assignment.Status.CANCELLED;
        assignment.endedAt = Instant.now();
        if (assignment.processInstanceId != null) {
            runtime.createMessageCorrelation(CANCELLED_MESSAGE).processInstanceId(assignment.processInstanceId)
                    .correlateAllWithResult();
        }
    }

    /** Fills the dossier's empty places with the least loaded eligible members. */
    private Filled fill(Dossier dossier, List<CouncilMember> members, Map<String, Integer> load, User user) {
        List<Assignment> current = Assignment.currentOf(dossier);
        int missing = dossier.campaign.jurorsPerDossier - current.size();
        if (missing <= 0) {
            return new Filled(0, 0, null);
        }
        Set<String> excluded = new HashSet<>();
        Assignment.<Assignment>list("dossier", dossier).forEach(a -> excluded.add(a.juror));
        JurorConflict.<JurorConflict>list("dossier", dossier).forEach(c -> excluded.add(c.juror));
        List<CouncilMember> eligible = members.stream()
                .filter(m -> !excluded.contains(m.username))
                .filter(m -> Conflicts.detected(m.org, m.province, dossier) == null)
                .sorted(Comparator.<CouncilMember>comparingInt(m -> load.getOrDefault(m.username, 0))
                        .thenComparing(m -> m.chair) // the chair has the proposal to sign: others first
                        .thenComparing(m -> m.username))
                .toList();
        int filled = 0;
        String last = null;
        for (CouncilMember member : eligible) {
            if (filled == missing) {
                break;
            }
            start(dossier, member, user);
            load.merge(member.username, 1, Integer::sum);
            last = member.username;
            filled++;
        }
        return new Filled(filled, missing - filled, last);
    }

    private void start(Dossier dossier, CouncilMember member, User user) {
        Assignment assignment = new Assignment();
        assignment.dossier = dossier;
        assignment.juror = member.username;
        assignment.status = Assignment.Status.ACTIVE;
        assignment.reason = "least_load";
        assignment.createdAt = Instant.now();
        LocalDate base = dossier.campaign.appraisalStart.isAfter(Times.today()) ? dossier.campaign.appraisalStart
                : Times.today();
        LocalDate due = base.plusDays(dossier.campaign.scoringDays);
        if (due.isAfter(dossier.campaign.appraisalEnd)) {
            due = dossier.campaign.appraisalEnd.isBefore(Times.today()) ? Times.today() : dossier.campaign.appraisalEnd;
        }
        assignment.dueDate = due;
        assignment.persist();
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignmentId", assignment.id);
        variables.put("dossierId", dossier.id);
        variables.put("juror", member.username);
        variables.put("scoringDue", Times.endOfAsDate(due));
        variables.put("reminderAt", Date.from(Times.endOf(due).minus(java.time.Duration.ofDays(dossier.campaign.reminderDaysBefore))));
        assignment.processInstanceId = runtime
                .startProcessInstanceByKey(PROCESS, String.valueOf(assignment.id), variables).getId();
        audit.record(user.username(), "JUROR_ASSIGNED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), member.username);
    }

    private static Map<String, Integer> currentLoad(Campaign campaign) {
        Map<String, Integer> load = new HashMap<>();
        for (Assignment assignment : Assignment.<Assignment>list("dossier.campaign = ?1 and status <> ?2", campaign,
                Assignment.Status.CANCELLED)) {
            load.merge(assignment.juror, 1, Integer::sum);
        }
        return load;
    }

    private static void requireAssignable(Campaign campaign) {
        if (campaign.phase != Phase.NOMINATION && campaign.phase != Phase.APPRAISAL) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
    }
}
