package vn.dxawards.appraisal.service;

import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.model.Conflicts;
import vn.dxawards.appraisal.model.JurorConflict;
import vn.dxawards.appraisal.model.Scorecard;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.service.CouncilService;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierWithdrawn;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.dossier.model.DossierStatus;

/**
 * Assigns jurors to accepted dossiers through the {@link AssignmentOptimizer}: k per dossier, never a
 * conflicted one, load within the campaign's bounds, sector expertise preferred. Incremental: every
 * current assignment stays (started work is never moved), only empty places are filled. A declared
 * conflict ends the juror's scoring process and the optimiser picks the replacement, whose own
 * scoring process starts. The secretariat may add and remove jurors by hand under the same
 * constraints.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {

    public static final String PROCESS = "scoring";
    static final String CANCELLED_MESSAGE = "AssignmentCancelled";

    /** Dossiers that take jurors. */
    static final EnumSet<DossierStatus> ASSIGNABLE = EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_APPRAISAL);

    /** Why a juror holds a dossier (stored on the assignment, shown to the secretariat in words). */
    public enum Reason {
        /** Chosen by the optimiser: the dossier's sector is among the juror's expertise. */
        EXPERTISE,
        /** Chosen by the optimiser without an expertise match, to fill the place and keep load even. */
        LOAD,
        /** Chosen by the optimiser to replace a juror who declared a conflict. */
        REPLACEMENT,
        /** Added by the secretariat by hand. */
        MANUAL;

        /** The stored reason; assignments made before the optimiser read as LOAD. */
        public static Reason of(String stored) {
            for (Reason reason : values()) {
                if (reason.name().equals(stored)) {
                    return reason;
                }
            }
            return LOAD;
        }
    }

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

    @Inject
    RecusalCache recusals;

    @Inject
    ScoringStarts starts;

    @Inject
    jakarta.enterprise.event.Event<ScoringStarts.Planned> plannedEvent;

    private final AssignmentOptimizer optimizer = new AssignmentOptimizer();

    /** What an automatic assignment did, which dossiers it could not fill and why, which jurors stay below the minimum. */
    public record Result(int created, List<Unfilled> unfilled, List<BelowMinimum> belowMinimum, int started,
            int waiting) {
    }

    /**
     * A dossier left with {@code missing} empty places. {@code reason}: {@code not_enough_eligible_jurors}
     * (fewer than k members free of conflict) or {@code load_limit_reached} (every eligible member is
     * at the maximum load); {@code conflicts}: the members ruled out, by kind; {@code message}: all of it in words.
     */
    public record Unfilled(Long dossierId, String reference, int missing, String reason, int eligible,
            Map<String, Integer> conflicts, int atMaxLoad, String message) {
    }

    /** A juror whose load stays below the campaign's minimum, with the number of accepted dossiers they may take at all. */
    public record BelowMinimum(String juror, int load, int minLoad, int eligibleDossiers, String message) {
    }

    /** A council member's load against the campaign's bounds, with their expertise. */
    public record JurorLoad(String username, String name, boolean chair, List<String> expertise, int load,
            boolean belowMinimum, boolean atMaximum) {
    }

    /** One current assignment and why it was made, in words. */
    public record AssignmentLine(Long dossierId, String reference, String category, String juror, String status,
            Reason reason, Double affinity, String explanation) {
    }

    /** The campaign's assignments: each member's load and each assignment's reason. */
    public record Overview(String campaign, int jurorsPerDossier, int minLoad, int maxLoad, List<JurorLoad> jurors,
            List<AssignmentLine> assignments) {
    }

    /** What the secretariat sees of the assignment; the council as last read from the identity provider. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(String campaignCode, User user, Locale locale) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.ASSIGN, campaign);
        boolean english = Messages.supported(locale).equals(Locale.ENGLISH);
        Map<String, Integer> load = load(campaign);
        List<JurorLoad> jurors = CouncilMember.of(campaign).stream()
                .map(m -> {
                    int n = load.getOrDefault(m.username, 0);
                    return new JurorLoad(m.username, m.fullName == null ? m.username : m.fullName, m.chair,
                            m.expertiseCodes().stream().sorted().toList(), n, n < campaign.minLoad,
                            n >= campaign.maxLoad);
                })
                .toList();
        List<AssignmentLine> lines = Assignment.currentInOrder(campaign).stream()
                .map(a -> new AssignmentLine(a.dossier.id, a.dossier.reference, a.dossier.category.code, a.juror,
                        a.status.name(), Reason.of(a.reason), a.affinity, explain(a, english, locale)))
                .toList();
        return new Overview(campaign.code, campaign.jurorsPerDossier, campaign.minLoad, campaign.maxLoad, jurors,
                lines);
    }

    /** Why the juror holds the dossier, in words: "chuyên môn: Y tế (affinity 1,0)", "bổ sung thay người xung đột"… */
    public static String explain(Assignment assignment, boolean english, Locale locale) {
        Reason reason = Reason.of(assignment.reason);
        double affinity = assignment.affinity == null ? 0 : assignment.affinity;
        String sector = assignment.dossier.category.name(english);
        String expertise = affinity > 0 ? Messages.text(locale, "assignment.reason.EXPERTISE", sector, affinity) : null;
        return switch (reason) {
            case EXPERTISE -> expertise;
            case LOAD -> Messages.text(locale, "assignment.reason.LOAD");
            case REPLACEMENT, MANUAL -> Messages.text(locale, "assignment.reason." + reason.name())
                    + (expertise == null ? "" : " · " + expertise);
        };
    }

    public Result assignAll(String campaignCode, User user, Locale locale) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.ASSIGN, campaign);
        requireAssignable(campaign);
        List<CouncilMember> members = council.refresh(campaign);
        List<Dossier> accepted = Dossier.inStatusById(campaign, ASSIGNABLE);
        AssignmentOptimizer.Problem problem = problem(campaign, members, accepted, AssignmentOptimizer.BALANCE_WEIGHT,
                true);
        AssignmentOptimizer.Solution solution = optimizer.solve(problem);

        Map<Long, Dossier> byId = accepted.stream().collect(Collectors.toMap(d -> d.id, d -> d));
        // The plan is recorded whole; the scoring processes start a chunk at a time: the first here,
        // the rest in the background once this transaction has committed (ScoringStarts).
        List<Assignment> planned = new ArrayList<>(solution.placements().size());
        for (AssignmentOptimizer.Placement placement : solution.placements()) {
            planned.add(starts.plan(byId.get(placement.dossierId()), placement.juror(),
                    placement.expert() ? Reason.EXPERTISE : Reason.LOAD, placement.affinity(), user.username()));
        }
        planned.stream().limit(starts.chunkSize()).forEach(starts::begin);
        if (planned.size() > starts.chunkSize()) {
            planned(campaign);
        }
        List<Unfilled> unfilled = solution.unfilled().stream()
                .map(u -> unfilled(byId.get(u.dossierId()), u, campaign, locale)).toList();
        List<BelowMinimum> below = solution.belowMinimum().stream()
                .map(b -> new BelowMinimum(b.juror(), b.load(), b.minLoad(), b.eligibleDossiers(),
                        Messages.text(locale, "assignment.below_minimum", b.juror(), b.load(), b.minLoad(),
                                b.eligibleDossiers())))
                .toList();
        audit.record(user.username(), "AUTO_ASSIGNMENT", campaign.code, null, campaign.phase.name(),
                campaign.phase.name(), solution.placements().size() + " new, " + unfilled.size()
                        + " dossier(s) not filled, " + below.size() + " juror(s) below the minimum load");
        int started = Math.min(planned.size(), starts.chunkSize());
        return new Result(solution.placements().size(), unfilled, below, started, planned.size() - started);
    }

    /**
     * Brings the campaign's council up to date with the identity provider before the secretariat
     * assigns, so that conflicts follow the members' current affiliations. False when the
     * directory is out of reach: the council stays as read last time.
     */
    public boolean refreshCouncil(String campaignCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.ASSIGN, campaign);
        try {
            council.refresh(campaign);
            return true;
        } catch (DomainException unavailable) {
            if (unavailable.status() != 503) {
                throw unavailable;
            }
            // nothing was written: the transaction, marked for rollback by the refresh, ends quietly
            return false;
        }
    }

    /**
     * The secretariat's adjustment from a campaign's assignment page: adds the juror to one of the
     * campaign's dossiers or ({@code remove}) takes them off it.
     */
    public void adjust(String campaignCode, Long dossierId, String juror, boolean remove, User user) {
        if (dossierId == null || juror == null || juror.isBlank()) {
            throw DomainException.invalid("assignment.choose");
        }
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.ASSIGN, campaign);
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null || !dossier.campaign.code.equals(campaignCode)) {
            throw DomainException.notFound("dossier");
        }
        if (remove) {
            unassign(dossierId, juror, user);
        } else {
            assign(dossierId, juror, user);
        }
    }

    /** A declared conflict: the juror leaves the dossier, their scoring task ends, the optimiser picks a replacement. */
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
        recusals.forget();
        audit.record(user.username(), "CONFLICT_DECLARED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), reason);
        cancel(assignment);
        Campaign campaign = dossier.campaign;
        if (!campaign.assigningJurors()) {
            return null;
        }
        // One place to fill: the best affinity among the eligible members under the maximum load,
        // the least loaded among equals.
        AssignmentOptimizer.Solution solution = optimizer
                .solve(problem(campaign, council.refresh(campaign), List.of(dossier), 1, true));
        String replacement = null;
        for (AssignmentOptimizer.Placement placement : solution.placements()) {
            start(dossier, placement.juror(), Reason.REPLACEMENT, placement.affinity(), user);
            replacement = placement.juror();
        }
        return replacement;
    }

    /**
     * The secretariat adds a juror to a dossier by hand; refused when the dossier already has k
     * jurors, the juror is conflicted with it (detected or declared) or at the maximum load.
     */
    public Assignment assign(long dossierId, String juror, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.ASSIGN_JURORS);
        Campaign campaign = dossier.campaign;
        requireAssignable(campaign);
        if (!ASSIGNABLE.contains(dossier.status)) {
            throw DomainException.conflict("assignment.dossier_not_accepted", dossier.reference);
        }
        List<CouncilMember> members = council.refresh(campaign);
        if (members.stream().noneMatch(m -> m.username.equals(juror))) {
            throw DomainException.invalid("assignment.unknown_juror", juror);
        }
        if (Assignment.currentOf(dossier, juror) != null) {
            throw DomainException.conflict("assignment.already_assigned", juror, dossier.reference);
        }
        int current = Assignment.currentOf(dossier).size();
        if (current >= campaign.jurorsPerDossier) {
            throw DomainException.conflict("assignment.dossier_full", dossier.reference, campaign.jurorsPerDossier);
        }
        // the same constraint code as the optimiser's; a juror removed by hand may be put back by hand
        AssignmentOptimizer.Problem problem = problem(campaign, members, List.of(dossier), 1, false);
        AssignmentOptimizer.Dossier d = problem.dossiers().get(0);
        AssignmentOptimizer.Juror j = problem.jurors().stream().filter(x -> x.id().equals(juror)).findFirst()
                .orElseThrow();
        Conflicts.Kind conflict = AssignmentOptimizer.conflict(problem, d, j);
        if (conflict != null) {
            throw DomainException.conflict("assignment.conflicted." + conflict.name(), juror, dossier.reference);
        }
        int load = load(campaign).getOrDefault(juror, 0);
        if (load >= campaign.maxLoad) {
            throw DomainException.conflict("assignment.max_load", juror, load, campaign.maxLoad);
        }
        return start(dossier, juror, Reason.MANUAL, AssignmentOptimizer.affinity(d, j), user);
    }

    /** The secretariat takes a juror off a dossier; refused once the juror has started (a draft or a submitted scorecard). */
    public void unassign(long dossierId, String juror, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.ASSIGN_JURORS);
        requireAssignable(dossier.campaign);
        Assignment assignment = Assignment.currentOf(dossier, juror);
        if (assignment == null) {
            throw DomainException.notFound("assignment");
        }
        if (started(assignment)) {
            throw DomainException.conflict("assignment.started", juror, dossier.reference);
        }
        cancel(assignment);
        audit.record(user.username(), "JUROR_UNASSIGNED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), juror);
    }

    /** Work has started once the juror saved a scorecard (draft or submitted). */
    static boolean started(Assignment assignment) {
        return assignment.status == Assignment.Status.DONE || Scorecard.existsFor(assignment);
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
        List<CouncilMember> members = council.refresh(dossier.campaign);
        CouncilMember member = members.stream()
                .filter(m -> m.username.equals(juror.trim()) && mayTakePlace(dossier, m)).findFirst()
                .orElseThrow(() -> DomainException.invalid("reassign.not_eligible", juror.trim()));
        cancel(old);
        AssignmentOptimizer.Problem problem = problem(dossier.campaign, members, List.of(dossier), 1, false);
        double affinity = problem.jurors().stream().filter(j -> j.id().equals(member.username)).findFirst()
                .map(j -> AssignmentOptimizer.affinity(problem.dossiers().get(0), j)).orElse(0.0);
        Assignment created = start(dossier, member.username, Reason.MANUAL, affinity, user);
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
    void onWithdrawn(@Observes DossierWithdrawn withdrawn) {
        releaseJurors(withdrawn.dossier());
    }

    public void releaseJurors(Dossier dossier) {
        for (Assignment assignment : Assignment.currentOf(dossier)) {
            if (assignment.status == Assignment.Status.ACTIVE) {
                cancel(assignment);
            }
        }
    }

    /** Every member's number of current assignments in the campaign. */
    static Map<String, Integer> load(Campaign campaign) {
        Map<String, Integer> load = new HashMap<>();
        for (Assignment assignment : Assignment.currentIn(campaign)) {
            load.merge(assignment.juror, 1, Integer::sum);
        }
        return load;
    }

    /**
     * The campaign as the optimiser sees it: the given dossiers with their current assignments fixed,
     * the members with their load elsewhere in the campaign, declared conflicts and (when
     * {@code withRemovals}) jurors once taken off a dossier excluded from it.
     */
    private static AssignmentOptimizer.Problem problem(Campaign campaign, List<CouncilMember> members,
            List<Dossier> dossiers, int balanceWeight, boolean withRemovals) {
        Set<Long> ids = new HashSet<>();
        List<AssignmentOptimizer.Dossier> modelDossiers = new ArrayList<>();
        for (Dossier d : dossiers) {
            ids.add(d.id);
            modelDossiers.add(new AssignmentOptimizer.Dossier(d.id, d.category.code, d.bodyCode, d.nomineeTaxCode,
                    d.nomineeOrganizationTaxCode, d.nomineeProvince));
        }
        Set<AssignmentOptimizer.Pair> fixed = new HashSet<>();
        Map<String, Integer> otherLoad = new HashMap<>();
        Map<AssignmentOptimizer.Pair, Conflicts.Kind> excluded = new LinkedHashMap<>();
        for (Assignment a : Assignment.allIn(campaign)) {
            AssignmentOptimizer.Pair pair = new AssignmentOptimizer.Pair(a.dossier.id, a.juror);
            if (a.status == Assignment.Status.CANCELLED) {
                if (withRemovals && ids.contains(a.dossier.id)) {
                    excluded.put(pair, Conflicts.Kind.REMOVED);
                }
            } else if (ids.contains(a.dossier.id)) {
                fixed.add(pair);
            } else {
                otherLoad.merge(a.juror, 1, Integer::sum);
            }
        }
        for (JurorConflict c : JurorConflict.declaredIn(campaign)) {
            excluded.put(new AssignmentOptimizer.Pair(c.dossier.id, c.juror), Conflicts.Kind.DECLARED);
        }
        excluded.keySet().removeIf(fixed::contains);
        List<AssignmentOptimizer.Juror> jurors = members.stream()
                .map(m -> new AssignmentOptimizer.Juror(m.username, m.org, m.province, m.expertiseCodes(),
                        otherLoad.getOrDefault(m.username, 0), m.chair))
                .toList();
        return new AssignmentOptimizer.Problem(modelDossiers, jurors, fixed, excluded, campaign.jurorsPerDossier,
                Math.min(campaign.minLoad, campaign.maxLoad), Math.max(1, campaign.maxLoad), balanceWeight);
    }

    private static Unfilled unfilled(Dossier dossier, AssignmentOptimizer.Unfilled u, Campaign campaign,
            Locale locale) {
        Map<String, Integer> conflicts = new LinkedHashMap<>();
        u.conflicts().forEach((kind, n) -> conflicts.put(kind.name(), n));
        String message;
        String reason;
        if (u.shortage() == AssignmentOptimizer.Shortage.NOT_ENOUGH_ELIGIBLE) {
            reason = "not_enough_eligible_jurors";
            int possible = campaign.jurorsPerDossier - u.missing();
            String ruledOut = u.conflicts().entrySet().stream()
                    .map(e -> Messages.text(locale, "assignment.conflict_count",
                            Messages.text(locale, "assignment.conflict." + e.getKey().name()), e.getValue()))
                    .collect(Collectors.joining(", "));
            message = Messages.text(locale, "assignment.not_enough_eligible", dossier.reference, u.missing(),
                    possible, campaign.jurorsPerDossier, u.conflicts().values().stream().mapToInt(i -> i).sum(),
                    ruledOut.isEmpty() ? "—" : ruledOut);
        } else {
            reason = "load_limit_reached";
            message = Messages.text(locale, "assignment.load_limit", dossier.reference, u.missing(), u.atMaxLoad(),
                    campaign.maxLoad);
        }
        return new Unfilled(dossier.id, dossier.reference, u.missing(), reason, u.eligible(), conflicts,
                u.atMaxLoad(), message);
    }

    private void cancel(Assignment assignment) {
        assignment.status = Assignment.Status.CANCELLED;
        assignment.endedAt = Instant.now();
        if (assignment.processInstanceId != null) {
            runtime.createMessageCorrelation(CANCELLED_MESSAGE).processInstanceId(assignment.processInstanceId)
                    .correlateAllWithResult();
        }
    }

    private Assignment start(Dossier dossier, String juror, Reason reason, double affinity, User user) {
        Assignment assignment = starts.plan(dossier, juror, reason, affinity, user.username());
        starts.begin(assignment);
        return assignment;
    }

    private void planned(Campaign campaign) {
        plannedEvent.fire(new ScoringStarts.Planned(campaign.id));
    }

    /** How far the scoring processes of the campaign's assignments have started (secretariat). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoringStarts.Progress progress(String campaignCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.ASSIGN, campaign);
        return starts.progress(campaign);
    }

    private static void requireAssignable(Campaign campaign) {
        if (!campaign.assigningJurors()) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
    }
}
