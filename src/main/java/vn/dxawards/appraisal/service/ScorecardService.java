package vn.dxawards.appraisal.service;

import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.model.ProposalType;
import vn.dxawards.appraisal.model.Recommendation;
import vn.dxawards.appraisal.model.Scorecard;
import vn.dxawards.appraisal.model.ScorecardRevision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Criterion;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.DossierService;

/**
 * Jurors' scorecards: drafts, submission (which completes the scoring task), immutability once
 * submitted, and revisions in deliberation with their history kept.
 */
@ApplicationScoped
@Transactional
public class ScorecardService {

    static final String SCORING_TASK = "Task_Score";

    @Inject
    DossierService dossiers;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScorecardView mine(long dossierId, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.SCORE);
        Assignment assignment = Assignment.currentOf(dossier, user.username());
        Scorecard scorecard = Scorecard.of(assignment);
        if (scorecard == null) {
            return new ScorecardView(dossier.id, user.username(), Scorecard.Status.DRAFT.name(), Map.of(), Map.of(), null,
                    null,
                    List.of(), null, 0, null, null, List.of());
        }
        return view(scorecard, true);
    }

    /**
     * Where a dossier stands in the juror's own list (their current assignments of the campaign, by
     * reference): the previous and the next dossier, the next one still to score, how many are done.
     * {@code position} is 0 when the person is not assigned this dossier.
     */
    public record Queue(int position, int count, long done, Neighbour previous, Neighbour next, Neighbour nextOpen) {
    }

    /** A dossier of the list, named by its reference. */
    public record Neighbour(Long dossierId, String reference) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Queue queue(Dossier dossier, User user) {
        List<Assignment> mine = Assignment.currentOfJuror(dossier.campaign, user.username());
        int at = -1;
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).dossier.id.equals(dossier.id)) {
                at = i;
            }
        }
        long done = mine.stream().filter(a -> a.status == Assignment.Status.DONE).count();
        Neighbour nextOpen = null;
        for (int step = 1; step <= mine.size() && nextOpen == null; step++) {
            Assignment candidate = mine.get(Math.floorMod(Math.max(at, 0) + step, mine.size()));
            if (candidate.status == Assignment.Status.ACTIVE && !candidate.dossier.id.equals(dossier.id)) {
                nextOpen = neighbour(candidate);
            }
        }
        return new Queue(at + 1, mine.size(), done, at > 0 ? neighbour(mine.get(at - 1)) : null,
                at >= 0 && at + 1 < mine.size() ? neighbour(mine.get(at + 1)) : null, nextOpen);
    }

    private static Neighbour neighbour(Assignment assignment) {
        return new Neighbour(assignment.dossier.id, assignment.dossier.reference);
    }

    public ScorecardView saveDraft(long dossierId, ScorecardInput input, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.SCORE);
        requirePhase(dossier, Phase.APPRAISAL);
        Assignment assignment = Assignment.currentOf(dossier, user.username());
        Scorecard scorecard = Scorecard.lockedOf(assignment);
        if (scorecard == null) {
            scorecard = new Scorecard();
            scorecard.assignment = assignment;
            scorecard.dossier = dossier;
            scorecard.juror = user.username();
            scorecard.status = Scorecard.Status.DRAFT;
        } else if (scorecard.status == Scorecard.Status.SUBMITTED) {
            throw DomainException.conflict("scorecard.submitted");
        }
        apply(scorecard, input, false);
        if (scorecard.id == null) {
            scorecard.persist();
        }
        return view(scorecard, true);
    }

    /**
     * The juror's scoring form: saves the draft, then submits it when asked. Each step holds its own
     * transaction (Quarkus intercepts a bean's calls to itself), so that a refused submission, an
     * incomplete scorecard say, keeps the draft just saved.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ScorecardView save(long dossierId, ScorecardInput input, boolean submit, User user) {
        ScorecardView draft = saveDraft(dossierId, input, user);
        return submit ? submit(dossierId, user) : draft;
    }

    public ScorecardView submit(long dossierId, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.SCORE);
        requirePhase(dossier, Phase.APPRAISAL);
        Assignment assignment = Assignment.currentOf(dossier, user.username());
        Scorecard scorecard = Scorecard.lockedOf(assignment);
        if (scorecard == null) {
            throw DomainException.invalid("scorecard.incomplete", String.join(", ", criteriaCodes(dossier)));
        }
        if (scorecard.status == Scorecard.Status.SUBMITTED) {
            throw DomainException.conflict("scorecard.submitted");
        }
        requireComplete(scorecard, dossier);
        scorecard.status = Scorecard.Status.SUBMITTED;
        scorecard.submittedAt = Instant.now();
        scorecard.revision = 1;
        audit.record(user.username(), "SCORECARD_SUBMITTED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), "total " + scorecard.total);
        Task task = tasks.createTaskQuery().processInstanceId(assignment.processInstanceId)
                .taskDefinitionKey(SCORING_TASK).singleResult();
        if (task == null) {
            throw DomainException.conflict("scorecard.submitted");
        }
        tasks.complete(task.getId());
        return view(scorecard, true);
    }

    /** A change in deliberation: the previous state is kept, with the reason for the change. */
    public ScorecardView revise(long dossierId, ScorecardInput input, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.VIEW);
        requirePhase(dossier, Phase.DELIBERATION);
        Assignment assignment = Assignment.currentOf(dossier, user.username());
        Scorecard scorecard = assignment == null ? null : Scorecard.lockedOf(assignment);
        if (scorecard == null || scorecard.status != Scorecard.Status.SUBMITTED) {
            throw DomainException.notFound("scorecard");
        }
        if (input.reason() == null || input.reason().isBlank()) {
            throw DomainException.invalid("scorecard.reason_required");
        }
        ScorecardRevision previous = new ScorecardRevision();
        previous.scorecard = scorecard;
        previous.revision = scorecard.revision;
        previous.scores = inRubricOrder(scorecard.scores, dossier, ";");
        previous.comment = scorecard.comment;
        previous.notes = scorecard.criterionComments.isEmpty() ? null
                : inRubricOrder(scorecard.criterionComments, dossier, "\n");
        previous.recommendation = scorecard.recommendation;
        previous.total = scorecard.total;
        previous.reason = input.reason().trim();
        previous.recordedAt = Instant.now();
        previous.persist();
        ScorecardInput merged = new ScorecardInput(input.scores() == null ? scorecard.scores : input.scores(),
                input.criterionComments() == null ? scorecard.criterionComments : input.criterionComments(),
                input.comment() == null ? scorecard.comment : input.comment(),
                input.recommendation() == null ? scorecard.recommendation : input.recommendation(),
                input.proposals(), input.reason());
        apply(scorecard, merged, true);
        requireComplete(scorecard, dossier);
        scorecard.revision++;
        audit.record(user.username(), "SCORECARD_REVISED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), "revision " + scorecard.revision + ": " + input.reason());
        return view(scorecard, true);
    }

    /** All submitted scorecards of a dossier, for those allowed to read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScorecardView> all(long dossierId, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.READ_SCORECARDS);
        return Scorecard.submittedOf(dossier).stream().map(s -> view(s, true)).toList();
    }

    /** The jury's advice on a dossier, without who gave it: recommendation, support proposals, comment. */
    public record Advice(Recommendation recommendation, List<ScorecardView.ProposalView> proposals, String comment) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Advice> recommendations(long dossierId, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.READ_RECOMMENDATIONS);
        return Scorecard.submittedOf(dossier).stream()
                .map(s -> new Advice(s.recommendation, s.proposals.stream()
                        .map(p -> new ScorecardView.ProposalView(p.type, p.text)).toList(), s.comment))
                .toList();
    }

    private static void apply(Scorecard scorecard, ScorecardInput input, boolean keepProposals) {
        Map<String, Criterion> rubric = rubric(scorecard.dossier);
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (input.scores() != null) {
            for (Map.Entry<String, Integer> entry : input.scores().entrySet()) {
                if (!rubric.containsKey(entry.getKey())) {
                    throw DomainException.invalid("score.unknown_criterion", entry.getKey());
                }
                Integer value = entry.getValue();
                if (value == null || value < 0 || value > 10) {
                    throw DomainException.invalid("score.range", entry.getKey(), String.valueOf(value));
                }
                scores.put(entry.getKey(), value);
            }
        }
        Map<String, String> comments = new LinkedHashMap<>();
        if (input.criterionComments() != null) {
            for (Map.Entry<String, String> entry : input.criterionComments().entrySet()) {
                if (!rubric.containsKey(entry.getKey())) {
                    throw DomainException.invalid("score.unknown_criterion", entry.getKey());
                }
                if (entry.getValue() != null && !entry.getValue().isBlank()) {
                    comments.put(entry.getKey(), entry.getValue().trim());
                }
            }
        }
        scorecard.scores.clear();
        scorecard.scores.putAll(scores);
        scorecard.criterionComments.clear();
        scorecard.criterionComments.putAll(comments);
        scorecard.comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().trim();
        scorecard.recommendation = input.recommendation();
        if (!keepProposals || input.proposals() != null) {
            scorecard.proposals.clear();
            if (input.proposals() != null) {
                for (ScorecardInput.ProposalInput proposal : input.proposals()) {
                    if (proposal == null || proposal.type() == null) {
                        throw DomainException.invalid("scorecard.proposal_type");
                    }
                    String text = proposal.text() == null || proposal.text().isBlank() ? null : proposal.text().trim();
                    if (proposal.type() == ProposalType.OTHER && text == null) {
                        throw DomainException.invalid("scorecard.proposal_text_required");
                    }
                    if (scorecard.proposals.stream().anyMatch(p -> p.type == proposal.type())) {
                        throw DomainException.invalid("scorecard.proposal_duplicate", proposal.type().name());
                    }
                    scorecard.proposals.add(new Scorecard.Proposal(proposal.type(), text));
                }
            }
        }
        scorecard.total = total(scores, rubric);
        scorecard.updatedAt = Instant.now();
    }

    private static void requireComplete(Scorecard scorecard, Dossier dossier) {
        List<String> missing = criteriaCodes(dossier).stream().filter(c -> !scorecard.scores.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("scorecard.incomplete", String.join(", ", missing));
        }
        if (scorecard.comment == null) {
            throw DomainException.invalid("scorecard.comment_required");
        }
        // an extreme score says the dossier is exceptional (or failed) on that criterion: say why, there
        List<String> unexplained = scorecard.scores.entrySet().stream()
                .filter(e -> (e.getValue() == 0 || e.getValue() == 10)
                        && !scorecard.criterionComments.containsKey(e.getKey()))
                .map(Map.Entry::getKey).toList();
        if (!unexplained.isEmpty()) {
            throw DomainException.invalid("scorecard.extreme_comment_required", String.join(", ", unexplained));
        }
    }

    /** Σ score × weight / 10: a score of 10 on every criterion gives 100. */
    static BigDecimal total(Map<String, Integer> scores, Map<String, Criterion> rubric) {
        long sum = 0;
        for (Map.Entry<String, Integer> entry : scores.entrySet()) {
            sum += (long) entry.getValue() * rubric.get(entry.getKey()).weight;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.TEN, 3, RoundingMode.HALF_UP);
    }

    private static Map<String, Criterion> rubric(Dossier dossier) {
        Map<String, Criterion> rubric = new LinkedHashMap<>();
        dossier.category.rubric.forEach(c -> rubric.put(c.code, c));
        return rubric;
    }

    /** {@code C1=…} in the rubric's order, for the kept versions. */
    private static String inRubricOrder(Map<String, ?> values, Dossier dossier, String separator) {
        return criteriaCodes(dossier).stream().filter(values::containsKey).map(c -> c + "=" + values.get(c))
                .collect(Collectors.joining(separator));
    }

    private static List<String> criteriaCodes(Dossier dossier) {
        return dossier.category.rubric.stream().map(c -> c.code).toList();
    }

    private static void requirePhase(Dossier dossier, Phase phase) {
        if (dossier.campaign.phase != phase) {
            throw DomainException.conflict("phase.closed", dossier.campaign.phase.name());
        }
    }

    static ScorecardView view(Scorecard scorecard, boolean withHistory) {
        List<ScorecardView.RevisionView> history = withHistory ? ScorecardRevision.of(scorecard).stream()
                .map(r -> new ScorecardView.RevisionView(r.revision, r.scores, r.notes, r.comment, r.recommendation,
                        r.total, r.reason, r.recordedAt))
                .toList() : List.of();
        return new ScorecardView(scorecard.dossier.id, scorecard.juror, scorecard.status.name(),
                new LinkedHashMap<>(scorecard.scores), new LinkedHashMap<>(scorecard.criterionComments), scorecard.comment,
                scorecard.recommendation,
                scorecard.proposals.stream().map(p -> new ScorecardView.ProposalView(p.type, p.text)).toList(),
                scorecard.total, scorecard.revision, scorecard.submittedAt, scorecard.updatedAt, history);
    }
}
