package vn.dxawards.tasks.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.service.PhaseExit;
import vn.dxawards.deliberation.model.Proposal;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.deliberation.service.RankingService;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.identity.User;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Collation;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.platform.i18n.Times;

/**
 * A campaign's progress, from a few grouped queries whatever the number of dossiers: statuses by
 * locality and category, the intake backlog and its age, scoring overall and per member, votes
 * against each shortlisted dossier's quorum, the proposal, and what keeps the campaign in its phase.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CampaignProgress {

    /** The intake backlog's age bands, in days since submission. */
    static final int[] AGE_BANDS = {0, 3, 7, 10};

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    RankingService ranking;

    @Inject
    Instance<PhaseExit> exits;

    public Progress of(String campaignCode, User user, Locale locale) {
        Campaign campaign = campaigns.find(campaignCode);
        boolean english = "en".equals(locale.getLanguage());
        Progress.CampaignFacts facts = facts(campaign, english);
        if (access.may(user, CampaignAction.READ_PROGRESS, campaign)) {
            return whole(campaign, facts, locale, english);
        }
        if (access.may(user, CampaignAction.READ_OWN_PROGRESS, campaign)) {
            return new Progress(facts, null, null, null, null, null, null, own(campaign, user));
        }
        throw DomainException.forbidden("forbidden");
    }

    /** The campaign's facts alone (the end of the current phase's window and the days left). */
    public Progress.CampaignFacts facts(Campaign campaign, boolean english) {
        LocalDate end = switch (campaign.phase) {
            case NOMINATION -> campaign.nominationEnd;
            case APPRAISAL -> campaign.appraisalEnd;
            case DELIBERATION -> campaign.deliberationEnd;
            case DECISION -> campaign.decisionEnd;
            case PUBLISHED -> null;
        };
        return new Progress.CampaignFacts(campaign.code, campaign.name(english), campaign.phase.name(), end,
                end == null ? null : ChronoUnit.DAYS.between(Times.today(), end));
    }

    private Progress whole(Campaign campaign, Progress.CampaignFacts facts, Locale locale, boolean english) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (DossierStatus status : DossierStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        Map<String, Map<String, Long>> localities = new HashMap<>();
        for (Object[] row : Dossier.countByLocalityAndStatus(campaign)) {
            String status = ((DossierStatus) row[1]).name();
            long count = (Long) row[2];
            byStatus.merge(status, count, Long::sum);
            if (row[1] != DossierStatus.DRAFT) {
                localities.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).merge(status, count, Long::sum);
            }
        }
        Map<String, Map<String, Long>> categories = new HashMap<>();
        for (Object[] row : Dossier.countByCategoryAndStatus(campaign)) {
            if (row[1] != DossierStatus.DRAFT) {
                categories.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                        .merge(((DossierStatus) row[1]).name(), (Long) row[2], Long::sum);
            }
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        List<Progress.Group> byLocality = new ArrayList<>();
        Map<String, Locality> known = new HashMap<>();
        Locality.validOnDate(campaign.localityDate()).forEach(l -> known.put(l.code, l));
        localities.forEach((code, counts) -> {
            Locality locality = known.containsKey(code) ? known.get(code) : Locality.findById(code);
            byLocality.add(group(code, locality == null ? code : locality.name(english), counts));
        });
        byLocality.sort(Comparator.comparingLong(Progress.Group::total).reversed()
                .thenComparing(Progress.Group::name, Collation.VIETNAMESE));
        List<Progress.Group> byCategory = new ArrayList<>();
        for (Category category : campaign.categories) {
            byCategory.add(group(category.code, category.name(english),
                    categories.getOrDefault(category.code, Map.of())));
        }
        Progress.Dossiers dossiers = new Progress.Dossiers(total, byStatus, byLocality, byCategory);

        Progress.Scoring scoring = scoring(campaign);
        Progress.Votes votes = null;
        long withoutQuorum = 0;
        if (campaign.deliberationReached()) {
            votes = votes(campaign);
            withoutQuorum = votes.shortlisted() - votes.quorumMet();
        }
        Proposal proposal = campaign.deliberationReached() ? Proposal.latestOf(campaign) : null;
        Progress.ProposalFacts proposalFacts = proposal == null ? null
                : new Progress.ProposalFacts(proposal.status.name(), proposal.sentAt, proposal.sentBy,
                        proposal.decidedAt, proposal.comment);
        Progress.Intake intake = intake(campaign, byStatus.get(DossierStatus.SUPPLEMENT_REQUESTED.name()));
        return new Progress(facts, dossiers, intake, scoring, votes, proposalFacts,
                blockers(campaign, byStatus, scoring, withoutQuorum, proposal, locale), null);
    }

    private static Progress.Group group(String code, String name, Map<String, Long> counts) {
        return new Progress.Group(code, name, counts.values().stream().mapToLong(Long::longValue).sum(), counts);
    }

    private static Progress.Intake intake(Campaign campaign, long supplementRequested) {
        Instant now = Instant.now();
        long[] bands = new long[AGE_BANDS.length];
        Instant oldest = null;
        long overdue = 0;
        List<Object[]> waiting = Dossier.waitingForIntake(campaign);
        for (Object[] row : waiting) {
            Instant submitted = (Instant) row[0];
            Instant due = (Instant) row[1];
            if (due != null && due.isBefore(now)) {
                overdue++;
            }
            if (submitted == null) {
                continue;
            }
            if (oldest == null || submitted.isBefore(oldest)) {
                oldest = submitted;
            }
            long days = Duration.between(submitted, now).toDays();
            int band = 0;
            while (band + 1 < AGE_BANDS.length && days >= AGE_BANDS[band + 1]) {
                band++;
            }
            bands[band]++;
        }
        List<Progress.Age> ages = new ArrayList<>();
        for (int i = 0; i < AGE_BANDS.length; i++) {
            ages.add(new Progress.Age(AGE_BANDS[i], i + 1 < AGE_BANDS.length ? AGE_BANDS[i + 1] - 1 : null, bands[i]));
        }
        return new Progress.Intake(waiting.size(), supplementRequested, overdue, oldest,
                oldest == null ? null : Duration.between(oldest, now).toDays(), ages);
    }

    private static Progress.Scoring scoring(Campaign campaign) {
        Map<String, String> names = names(campaign);
        List<Progress.MemberScoring> members = new ArrayList<>();
        long assigned = 0;
        long submitted = 0;
        long overdue = 0;
        for (Object[] row : Assignment.progressByJuror(campaign, Times.today())) {
            String juror = (String) row[0];
            long a = (Long) row[1];
            long s = number(row[2]);
            long o = number(row[3]);
            assigned += a;
            submitted += s;
            overdue += o;
            members.add(new Progress.MemberScoring(juror, names.getOrDefault(juror, juror), a, s, a - s, o,
                    (LocalDate) row[4]));
        }
        members.sort(Comparator.comparingLong(Progress.MemberScoring::open).reversed()
                .thenComparing(Progress.MemberScoring::name, Collation.VIETNAMESE));
        return new Progress.Scoring(assigned, submitted, assigned - submitted, overdue,
                assigned == 0 ? 0 : (int) (submitted * 100 / assigned), members);
    }

    private Progress.Votes votes(Campaign campaign) {
        Map<String, String> names = names(campaign);
        long shortlisted = 0;
        long quorumMet = 0;
        long cast = 0;
        long needed = 0;
        for (RankingEntry entry : ranking.compute(campaign, false)) {
            if (!DossierStatus.valueOf(entry.status()).shortlisted()) {
                continue;
            }
            shortlisted++;
            RankingEntry.Votes v = entry.votes();
            cast += v.approve() + v.reject() + v.abstain();
            needed += v.quorum();
            if (v.quorumMet()) {
                quorumMet++;
            }
        }
        Map<String, Long> perMember = new HashMap<>();
        for (Object[] row : Vote.countInDeliberationByJuror(campaign)) {
            perMember.put((String) row[0], (Long) row[1]);
        }
        List<Progress.MemberVotes> members = new ArrayList<>();
        for (CouncilMember member : CouncilMember.of(campaign)) {
            if (member.active || perMember.containsKey(member.username)) {
                members.add(new Progress.MemberVotes(member.username, names.get(member.username),
                        perMember.getOrDefault(member.username, 0L)));
            }
        }
        members.sort(Comparator.comparingLong(Progress.MemberVotes::cast)
                .thenComparing(Progress.MemberVotes::name, Collation.VIETNAMESE));
        return new Progress.Votes(shortlisted, quorumMet, cast, needed, members);
    }

    private List<Progress.Blocker> blockers(Campaign campaign, Map<String, Long> byStatus, Progress.Scoring scoring,
            long withoutQuorum, Proposal proposal, Locale locale) {
        List<Progress.Blocker> blockers = new ArrayList<>();
        switch (campaign.phase) {
            case NOMINATION -> add(blockers, "progress.drafts_open", byStatus.get(DossierStatus.DRAFT.name()), locale);
            case APPRAISAL -> {
                add(blockers, "progress.undecided", byStatus.get(DossierStatus.SUBMITTED.name())
                        + byStatus.get(DossierStatus.SUPPLEMENT_REQUESTED.name()), locale);
                add(blockers, "progress.without_juror", Assignment.dossiersWithoutJuror(campaign,
                        EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_APPRAISAL)), locale);
                add(blockers, "progress.scorecards_missing", scoring.open(), locale);
            }
            case DELIBERATION -> {
                add(blockers, "progress.without_quorum", withoutQuorum, locale);
                if (proposal == null || proposal.status == Proposal.Status.RETURNED) {
                    blockers.add(new Progress.Blocker("progress.proposal_not_sent", 1,
                            Messages.text(locale, "progress.proposal_not_sent")));
                }
            }
            case DECISION -> exits.forEach(exit -> exit.blocker(campaign, locale).ifPresent(refusal -> blockers
                    .add(new Progress.Blocker(refusal.code(), 1, Messages.text(locale, refusal.code(), refusal.args())))));
            case PUBLISHED -> {
            }
        }
        return blockers;
    }

    private static void add(List<Progress.Blocker> blockers, String code, long count, Locale locale) {
        if (count > 0) {
            blockers.add(new Progress.Blocker(code, count, Messages.text(locale, code, count)));
        }
    }

    /** A council member's own figures: one grouped query for their scoring, their votes still to cast. */
    private Progress.Own own(Campaign campaign, User user) {
        long assigned = 0;
        long submitted = 0;
        long overdue = 0;
        LocalDate next = null;
        for (Object[] row : Assignment.progressByJuror(campaign, Times.today())) {
            if (user.username().equals(row[0])) {
                assigned = (Long) row[1];
                submitted = number(row[2]);
                overdue = number(row[3]);
                next = (LocalDate) row[4];
            }
        }
        Long shortlisted = null;
        Long toCast = null;
        if (campaign.phase == Phase.DELIBERATION) {
            List<Dossier> open = Dossier.inStatus(campaign, List.of(DossierStatus.IN_DELIBERATION));
            shortlisted = open.stream().filter(d -> !access.recused(user, d)).count();
            toCast = Math.max(0, shortlisted - Vote.countInDeliberation(campaign, user.username()));
        }
        return new Progress.Own(assigned, submitted, assigned - submitted, overdue, next, shortlisted, toCast);
    }

    private static Map<String, String> names(Campaign campaign) {
        Map<String, String> names = new HashMap<>();
        for (CouncilMember member : CouncilMember.of(campaign)) {
            names.put(member.username, member.fullName == null ? member.username : member.fullName);
        }
        return names;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
