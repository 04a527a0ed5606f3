package vn.dxawards.campaign.service;

import vn.dxawards.platform.engine.ProcessStarts;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CampaignBlock;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.platform.i18n.LocalizedText;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.model.Criterion;
import vn.dxawards.campaign.model.Normalisation;
import vn.dxawards.campaign.model.Phase;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.service.CampaignDefinition.CategoryDefinition;
import vn.dxawards.campaign.service.CampaignDefinition.CriterionDefinition;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;

/** Creates campaigns from their definition and moves them through their phases (by their process). */
@ApplicationScoped
@Transactional
public class CampaignService {

    public static final String PROCESS = "campaign";
    public static final String ADVANCE_MESSAGE = "AdvanceCampaign";
    /** Per-juror load bounds by default: no minimum; a maximum above a full campaign's share (2,000 × 3 / 50 = 120). */
    public static final int DEFAULT_MIN_LOAD = 0;
    public static final int DEFAULT_MAX_LOAD = 150;
    private static final Date NO_PUBLICATION_TIME = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

    @Inject
    RuntimeService runtime;

    @Inject
    ProcessStarts starts;

    @Inject
    AuditLog audit;

    @Inject
    AccessPolicy access;

    @Inject
    PersonalDataRetention retention;

    @Inject
    @Any
    Instance<PhaseExit> exits;

    @Inject
    @Any
    Instance<AmendmentCheck> amendmentChecks;

    @Inject
    ManagementService management;

    @Inject
    CouncilService councils;

    @Inject
    RubricService rubrics;

    @Inject
    @Any
    Instance<UnfinishedWork> unfinished;

    /**
     * What moving a campaign to its next phase by hand does, for the confirmation that names it: the
     * window it closes and how many days early, the drafts left unsubmitted, the publication time it
     * brings forward.
     */
    public record AdvancePreview(Campaign campaign, Phase from, Phase to, java.time.LocalDate windowEnd,
            long daysEarly, long unsubmittedDrafts, java.time.Instant publicationTime) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Campaign find(String code) {
        return Campaign.byCode(code).orElseThrow(() -> DomainException.notFound("campaign"));
    }

    public Campaign create(CampaignDefinition definition, User actor) {
        validate(definition);
        if (Campaign.byCode(definition.code()).isPresent()) {
            throw DomainException.conflict("campaign.exists", definition.code());
        }
        Campaign campaign = new Campaign();
        campaign.code = definition.code();
        campaign.nameVi = definition.name().vi();
        campaign.nameEn = definition.name().en();
        campaign.year = definition.year() != null ? definition.year() : definition.windows().nomination().start().getYear();
        campaign.phase = Phase.NOMINATION;
        campaign.awardCount = definition.awardCount() != null ? definition.awardCount() : 100;
        campaign.nominationStart = definition.windows().nomination().start();
        campaign.nominationEnd = definition.windows().nomination().end();
        campaign.appraisalStart = definition.windows().appraisal().start();
        campaign.appraisalEnd = definition.windows().appraisal().end();
        campaign.deliberationEnd = definition.windows().deliberationEnd();
        campaign.decisionEnd = definition.windows().decisionEnd();
        campaign.ceremonyDate = definition.windows().ceremony();
        CampaignDefinition.Settings settings = definition.settings();
        campaign.jurorsPerDossier = settings != null && settings.jurorsPerDossier() != null ? settings.jurorsPerDossier() : 3;
        campaign.quorumNumerator = settings != null && settings.quorum() != null ? settings.quorum().numerator() : 2;
        campaign.quorumDenominator = settings != null && settings.quorum() != null ? settings.quorum().denominator() : 3;
        campaign.majority = settings != null && settings.quorum() != null && settings.quorum().majority() != null
                ? settings.quorum().majority() : vn.dxawards.campaign.model.Majority.SIMPLE;
        campaign.intakeDays = settings != null && settings.intakeDays() != null ? settings.intakeDays() : 10;
        campaign.scoringDays = settings != null && settings.scoringDays() != null ? settings.scoringDays() : 14;
        campaign.secretBallot = settings != null && Boolean.TRUE.equals(settings.secretBallot());
        campaign.reminderDaysBefore = settings != null && settings.reminderDaysBefore() != null
                ? settings.reminderDaysBefore() : 2;
        CampaignDefinition.Ranking ranking = settings == null ? null : settings.ranking();
        if (ranking != null) {
            campaign.normalisation = ranking.normalisation() != null ? ranking.normalisation() : Normalisation.NONE;
            campaign.divergenceWarn = ranking.divergenceWarn() != null ? ranking.divergenceWarn() : campaign.divergenceWarn;
            campaign.divergenceHigh = ranking.divergenceHigh() != null ? ranking.divergenceHigh() : campaign.divergenceHigh;
            campaign.bootstrapSamples = ranking.bootstrapSamples() != null ? ranking.bootstrapSamples()
                    : campaign.bootstrapSamples;
        }
        campaign.minLoad = settings != null && settings.minLoad() != null ? settings.minLoad() : DEFAULT_MIN_LOAD;
        campaign.maxLoad = settings != null && settings.maxLoad() != null ? settings.maxLoad() : DEFAULT_MAX_LOAD;
        campaign.personalDataRetentionMonths = settings != null && settings.personalDataRetentionMonths() != null
                ? settings.personalDataRetentionMonths() : retention.defaultMonths();
        campaign.createdAt = Instant.now();
        if (definition.blocks() != null) {
            for (CampaignDefinition.Block def : definition.blocks()) {
                CampaignBlock block = new CampaignBlock();
                block.campaign = campaign;
                block.code = def.code();
                block.nameVi = def.name().vi();
                block.nameEn = def.name().en();
                block.awardQuota = def.awardQuota();
                campaign.blocks.add(block);
            }
        }
        int order = 0;
        for (CategoryDefinition def : definition.categories()) {
            campaign.categories.add(newCategory(campaign, def, order++));
        }
        campaign.persist();
        audit.record(actor.username(), "CAMPAIGN_CREATED", campaign.code, null, null, Phase.NOMINATION.name(), null);

        Map<String, Object> variables = new HashMap<>();
        variables.put("campaignCode", campaign.code);
        variables.put("nominationEnds", Times.endOfAsDate(campaign.nominationEnd));
        variables.put("appraisalEnds", Times.endOfAsDate(campaign.appraisalEnd));
        variables.put("publicationAt", publicationDate(campaign));
        ProcessInstance instance = starts.start(PROCESS, campaign.code, variables);
        campaign.processInstanceId = instance.getId();
        return campaign;
    }

    /**
     * Moves the campaign to its next phase by hand; the process decides what happens, this only
     * refuses what the phase does not allow (DESIGN.md §8).
     */
    public Campaign advance(String code, User actor, Locale locale) {
        Campaign campaign = find(code);
        access.require(actor, CampaignAction.ADVANCE, campaign);
        switch (campaign.phase) {
            case DELIBERATION -> throw DomainException.conflict("advance.needs_proposal");
            case PUBLISHED -> throw DomainException.conflict("advance.already_published");
            default -> {
                for (PhaseExit exit : exits) {
                    exit.blocker(campaign, locale).ifPresent(refusal -> {
                        throw refusal;
                    });
                }
            }
        }
        Phase from = campaign.phase;
        audit.record(actor.username(), "PHASE_ADVANCE_REQUESTED", campaign.code, null, from.name(),
                from.next().name(), null);
        runtime.createMessageCorrelation(ADVANCE_MESSAGE)
                .processInstanceId(campaign.processInstanceId)
                .correlateWithResult();
        return campaign;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdvancePreview previewAdvance(String code, User actor) {
        Campaign campaign = find(code);
        access.require(actor, CampaignAction.ADVANCE, campaign);
        java.time.LocalDate end = switch (campaign.phase) {
            case NOMINATION -> campaign.nominationEnd;
            case APPRAISAL -> campaign.appraisalEnd;
            default -> null;
        };
        long daysEarly = end == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(Times.today(), end));
        long drafts = campaign.phase == Phase.NOMINATION
                ? unfinished.stream().mapToLong(work -> work.unsubmittedDrafts(campaign)).sum() : 0;
        return new AdvancePreview(campaign, campaign.phase, campaign.phase.next(), end, daysEarly, drafts,
                campaign.phase == Phase.DECISION ? campaign.publicationTime() : null);
    }

    /**
     * Amends a campaign after its creation (PUT /api/campaigns/{code}). Each part is checked against
     * the phase, and against what the features above know ({@link AmendmentCheck}); any refusal
     * leaves the whole campaign as it was (one transaction, the engine's timers included). The
     * windows' timers follow their new ends; each change is its own audit line ("what: before → after").
     */
    public Campaign amend(String code, CampaignAmendment change, User actor, Locale locale) {
        Campaign campaign = find(code);
        access.require(actor, CampaignAction.CONFIGURE, campaign);
        if (campaign.phase == Phase.PUBLISHED) {
            throw DomainException.conflict("amend.published");
        }
        List<String[]> changes = new ArrayList<>();
        if (change.name() != null) {
            if (blank(change.name().vi())) {
                throw DomainException.invalid("amend.name_required");
            }
            String nameEn = blank(change.name().en()) ? change.name().vi().strip() : change.name().en().strip();
            changes.add(new String[] {"Tên đợt", campaign.nameVi, change.name().vi().strip()});
            campaign.nameVi = change.name().vi().strip();
            campaign.nameEn = nameEn;
        }
        if (change.awardCount() != null) {
            if (campaign.phase.compareTo(Phase.DECISION) >= 0) {
                throw DomainException.conflict("amend.award_count_locked");
            }
            changes.add(new String[] {"Số giải thưởng", String.valueOf(campaign.awardCount),
                    String.valueOf(change.awardCount())});
            campaign.awardCount = change.awardCount();
        }
        java.time.Instant publicationBefore = campaign.publicationTime();
        if (change.windows() != null) {
            amendWindows(campaign, change.windows(), changes);
        }
        if (change.publicationAt() != null) {
            java.time.Instant at = change.publicationAt().toInstant();
            if (!at.isAfter(java.time.Instant.now())) {
                throw DomainException.invalid("amend.publication_in_past");
            }
            changes.add(new String[] {"Thời điểm công bố", Times.dateTime(campaign.publicationTime()),
                    Times.dateTime(at)});
            campaign.publicationAt = at;
        }
        if (!java.util.Objects.equals(publicationBefore, campaign.publicationTime())) {
            moveTimer(campaign, "publicationAt", "Event_PublicationDue", publicationDate(campaign));
        }
        if (change.council() != null) {
            amendCouncil(campaign, change.council(), changes);
        }
        if (change.issuer() != null) {
            amendIssuer(campaign, change.issuer(), changes);
        }
        if (change.categories() != null) {
            for (CategoryDefinition def : change.categories()) {
                amendCategory(campaign, def, actor, locale, changes);
            }
        }
        if (changes.isEmpty()) {
            throw DomainException.invalid("amend.nothing");
        }
        for (String[] line : changes) {
            // as a sentence: the values (a council, an issuing body) do not fit the audit's short state columns
            audit.record(actor.username(), "CAMPAIGN_AMENDED", campaign.code, null, null, null,
                    line[0] + ": " + (line[1] == null ? "—" : line[1]) + " → " + line[2]);
        }
        return campaign;
    }

    private void amendWindows(Campaign campaign, CampaignAmendment.Windows windows, List<String[]> changes) {
        java.time.LocalDate today = Times.today();
        java.time.LocalDate nominationEnd = campaign.nominationEnd;
        java.time.LocalDate appraisalEnd = campaign.appraisalEnd;
        if (windows.nomination() != null) {
            if (!campaign.acceptingNominations()) {
                throw DomainException.conflict("amend.nomination_closed");
            }
            CampaignAmendment.Window w = windows.nomination();
            if (w.start() != null) {
                changes.add(new String[] {"Ngày mở đề cử", Times.date(campaign.nominationStart), Times.date(w.start())});
                campaign.nominationStart = w.start();
            }
            if (w.end() != null) {
                if (w.end().isBefore(today)) {
                    throw DomainException.invalid("amend.end_in_past", Times.date(w.end()));
                }
                changes.add(new String[] {"Hạn đề cử", Times.date(campaign.nominationEnd), Times.date(w.end())});
                campaign.nominationEnd = w.end();
            }
        }
        if (windows.appraisal() != null) {
            if (!campaign.openForIntake()) {
                throw DomainException.conflict("amend.appraisal_closed");
            }
            CampaignAmendment.Window w = windows.appraisal();
            if (w.start() != null) {
                changes.add(new String[] {"Ngày bắt đầu thẩm định", Times.date(campaign.appraisalStart),
                        Times.date(w.start())});
                campaign.appraisalStart = w.start();
            }
            if (w.end() != null) {
                if (w.end().isBefore(today)) {
                    throw DomainException.invalid("amend.end_in_past", Times.date(w.end()));
                }
                changes.add(new String[] {"Hạn thẩm định", Times.date(campaign.appraisalEnd), Times.date(w.end())});
                campaign.appraisalEnd = w.end();
            }
        }
        if (windows.deliberationEnd() != null) {
            changes.add(new String[] {"Hạn thảo luận", Times.date(campaign.deliberationEnd),
                    Times.date(windows.deliberationEnd())});
            campaign.deliberationEnd = windows.deliberationEnd();
        }
        if (windows.decisionEnd() != null) {
            changes.add(new String[] {"Hạn quyết định", Times.date(campaign.decisionEnd),
                    Times.date(windows.decisionEnd())});
            campaign.decisionEnd = windows.decisionEnd();
        }
        if (windows.ceremony() != null) {
            changes.add(new String[] {"Ngày lễ công bố", Times.date(campaign.ceremonyDate),
                    Times.date(windows.ceremony())});
            campaign.ceremonyDate = windows.ceremony();
        }
        if (campaign.nominationEnd.isBefore(campaign.nominationStart)
                || campaign.appraisalEnd.isBefore(campaign.appraisalStart)
                || campaign.appraisalEnd.isBefore(campaign.nominationEnd)) {
            throw DomainException.invalid("campaign.windows");
        }
        if (!campaign.nominationEnd.equals(nominationEnd)) {
            moveTimer(campaign, "nominationEnds", "Event_NominationEnds", Times.endOfAsDate(campaign.nominationEnd));
        }
        if (!campaign.appraisalEnd.equals(appraisalEnd)) {
            moveTimer(campaign, "appraisalEnds", "Event_AppraisalEnds", Times.endOfAsDate(campaign.appraisalEnd));
        }
    }

    /**
     * The window's end as the process reads it when it reaches the timer, and the timer itself when
     * the process waits on it already.
     */
    private void moveTimer(Campaign campaign, String variable, String timerEvent, Date at) {
        runtime.setVariable(campaign.processInstanceId, variable, at);
        for (Job timer : management.createJobQuery().processInstanceId(campaign.processInstanceId)
                .activityId(timerEvent).timers().list()) {
            management.setJobDuedate(timer.getId(), at);
        }
    }

    private void amendCouncil(Campaign campaign, List<String> council, List<String[]> changes) {
        if (!campaign.assigningJurors()) {
            // from deliberation on, each member has a vote task and the quorum counts them
            throw DomainException.conflict("amend.council_locked");
        }
        List<String> named = council.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).distinct()
                .toList();
        List<String> unknown = councils.notJurors(named);
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("amend.council_unknown", String.join(", ", unknown));
        }
        String before = campaign.councilUsernames().isEmpty() ? "Mọi thành viên Hội đồng"
                : String.join(", ", campaign.councilUsernames());
        campaign.council = named.isEmpty() ? null : String.join(",", named);
        List<String> leaving = CouncilMember.of(campaign).stream().filter(m -> m.active)
                .map(m -> m.username).filter(u -> !campaign.councilIncludes(u)).toList();
        if (!leaving.isEmpty()) {
            for (AmendmentCheck check : amendmentChecks) {
                check.leavingCouncil(campaign, leaving).ifPresent(refusal -> {
                    throw refusal;
                });
            }
        }
        changes.add(new String[] {"Hội đồng thẩm định", before,
                named.isEmpty() ? "Mọi thành viên Hội đồng" : String.join(", ", named)});
        councils.refresh(campaign);
    }

    private static void amendIssuer(Campaign campaign, CampaignAmendment.IssuerChange issuer, List<String[]> changes) {
        if (campaign.phase.compareTo(Phase.DECISION) >= 0) {
            // the chair has the proposal: the decision in hand is laid out with this issuer
            throw DomainException.conflict("amend.issuer_locked");
        }
        campaign.issuerParentBody = issuerPart("Cơ quan chủ quản", campaign.issuerParentBody, issuer.parentBody(), changes);
        campaign.issuerBody = issuerPart("Cơ quan ban hành", campaign.issuerBody, issuer.issuingBody(), changes);
        campaign.issuerCode = issuerPart("Ký hiệu cơ quan ban hành", campaign.issuerCode, issuer.code(), changes);
        campaign.issuerPlace = issuerPart("Địa danh", campaign.issuerPlace, issuer.place(), changes);
        campaign.issuerAuthority = issuerPart("Thẩm quyền ban hành", campaign.issuerAuthority, issuer.authority(),
                changes);
        campaign.issuerAuthorityText = issuerPart("Thẩm quyền ban hành (trong câu)", campaign.issuerAuthorityText,
                issuer.authorityInText(), changes);
        campaign.signerTitle = issuerPart("Chức vụ người ký", campaign.signerTitle, issuer.signerTitle(), changes);
    }

    /** The new value of one part of the issuer: left out keeps it, blank goes back to the configured one. */
    private static String issuerPart(String label, String current, String given, List<String[]> changes) {
        if (given == null) {
            return current;
        }
        String value = given.isBlank() ? null : given.strip();
        if (!java.util.Objects.equals(value, current)) {
            changes.add(new String[] {label, current == null ? "Mặc định" : current, value == null ? "Mặc định" : value});
        }
        return value;
    }

    private void amendCategory(Campaign campaign, CategoryDefinition def, User actor, Locale locale,
            List<String[]> changes) {
        Optional<Category> existing = campaign.category(def.code());
        if (existing.isPresent()) {
            Category category = existing.get();
            if (def.kind() != category.kind || def.block() != null && !def.block().equals(category.blockCode)
                    || def.maxPerBody() != null && !def.maxPerBody().equals(category.maxPerBody)) {
                throw DomainException.invalid("amend.category_fixed", category.nameVi);
            }
            // the quota first: its refusal and its audit line name the category as it is known now
            if (def.awardQuota() != null && !def.awardQuota().equals(category.awardQuota)) {
                amendQuota(campaign, category, def.awardQuota(), changes);
            }
            amendCategoryName(campaign, category, def.name(), changes);
            if (def.rubric() != null && !def.rubric().isEmpty()) {
                // the rubric's own rules: nomination only, none once scoring has started (RubricService)
                rubrics.replace(campaign.code, def.code(), def.rubric(), actor, locale);
            }
            return;
        }
        if (!campaign.acceptingNominations()) {
            throw DomainException.conflict("amend.category_nomination_only");
        }
        if (def.block() != null && campaign.blocks.stream().noneMatch(b -> b.code.equals(def.block()))) {
            throw DomainException.invalid("campaign.unknown_block", def.block());
        }
        validateRubric(def);
        int order = campaign.categories.stream().mapToInt(c -> c.sortOrder + 1).max().orElse(0);
        Category category = newCategory(campaign, def, order);
        category.persist();
        campaign.categories.add(category);
        changes.add(new String[] {"Thêm hạng mục", null, def.name().vi()});
    }

    /**
     * A new name for a category, until the chair has the proposal (the decision in hand names the
     * categories); an English name left blank takes the Vietnamese one.
     */
    private static void amendCategoryName(Campaign campaign, Category category, LocalizedText name,
            List<String[]> changes) {
        if (blank(name.vi())) {
            throw DomainException.invalid("amend.category_name_required", category.code);
        }
        String vi = name.vi().strip();
        String en = blank(name.en()) ? vi : name.en().strip();
        if (vi.equals(category.nameVi) && en.equals(category.nameEn)) {
            return;
        }
        if (campaign.phase.compareTo(Phase.DECISION) >= 0) {
            throw DomainException.conflict("amend.category_locked", category.nameVi);
        }
        changes.add(new String[] {"Tên hạng mục " + category.code, category.nameVi + " / " + category.nameEn,
                vi + " / " + en});
        category.nameVi = vi;
        category.nameEn = en;
    }

    /**
     * A new award quota for a category: not once the chair has the proposal (its cut was drawn with
     * the quota, as with the campaign's award count); before, not below what the features above
     * know is already carried ({@link AmendmentCheck#changingQuota}).
     */
    private void amendQuota(Campaign campaign, Category category, int quota, List<String[]> changes) {
        if (quota < 0) {
            throw DomainException.invalid("amend.quota_negative", category.nameVi);
        }
        if (campaign.phase.compareTo(Phase.DECISION) >= 0) {
            throw DomainException.conflict("amend.category_locked", category.nameVi);
        }
        for (AmendmentCheck check : amendmentChecks) {
            check.changingQuota(campaign, category, quota).ifPresent(refusal -> {
                throw refusal;
            });
        }
        changes.add(new String[] {"Chỉ tiêu khen thưởng của hạng mục " + category.nameVi,
                category.awardQuota == null ? "không giới hạn" : String.valueOf(category.awardQuota),
                String.valueOf(quota)});
        category.awardQuota = quota;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Category newCategory(Campaign campaign, CategoryDefinition def, int order) {
        Category category = new Category();
        category.campaign = campaign;
        category.code = def.code();
        category.nameVi = def.name().vi();
        category.nameEn = def.name().en();
        category.kind = def.kind();
        category.blockCode = def.block();
        category.awardQuota = def.awardQuota();
        category.maxPerBody = def.maxPerBody();
        category.sortOrder = order;
        int criterionOrder = 0;
        for (CriterionDefinition criterionDef : rubricOf(def)) {
            Criterion criterion = new Criterion();
            criterion.category = category;
            criterion.code = criterionDef.code();
            criterion.nameVi = criterionDef.name().vi();
            criterion.nameEn = criterionDef.name().en();
            if (criterionDef.description() != null) {
                criterion.descriptionVi = criterionDef.description().vi();
                criterion.descriptionEn = criterionDef.description().en();
            }
            criterion.weight = criterionDef.weight();
            criterion.sortOrder = criterionOrder++;
            category.rubric.add(criterion);
        }
        return category;
    }

    private static Date publicationDate(Campaign campaign) {
        java.time.Instant at = campaign.publicationTime();
        return at == null ? NO_PUBLICATION_TIME : Date.from(at);
    }

    private static List<CriterionDefinition> rubricOf(CategoryDefinition category) {
        return category.rubric() == null || category.rubric().isEmpty() ? DefaultRubrics.of(category.kind())
                : category.rubric();
    }

    private static void validate(CampaignDefinition definition) {
        CampaignDefinition.Windows w = definition.windows();
        if (w.nomination().end().isBefore(w.nomination().start()) || w.appraisal().end().isBefore(w.appraisal().start())
                || w.appraisal().end().isBefore(w.nomination().end())) {
            throw DomainException.invalid("campaign.windows");
        }
        CampaignDefinition.Ranking ranking = definition.settings() == null ? null : definition.settings().ranking();
        if (ranking != null) {
            int warn = ranking.divergenceWarn() != null ? ranking.divergenceWarn() : 20;
            int high = ranking.divergenceHigh() != null ? ranking.divergenceHigh() : 30;
            if (warn > high) {
                throw DomainException.invalid("campaign.divergence_thresholds", warn, high);
            }
        }
        CampaignDefinition.Settings settings = definition.settings();
        if (settings != null) {
            int min = settings.minLoad() != null ? settings.minLoad() : DEFAULT_MIN_LOAD;
            int max = settings.maxLoad() != null ? settings.maxLoad() : DEFAULT_MAX_LOAD;
            if (min > max) {
                throw DomainException.invalid("campaign.load_bounds", min, max);
            }
        }
        Set<String> blocks = new HashSet<>();
        if (definition.blocks() != null) {
            definition.blocks().forEach(b -> blocks.add(b.code()));
        }
        Set<String> codes = new HashSet<>();
        for (CategoryDefinition category : definition.categories()) {
            if (!codes.add(category.code())) {
                throw DomainException.invalid("campaign.duplicate_category", category.code());
            }
            if (category.block() != null && !blocks.contains(category.block())) {
                throw DomainException.invalid("campaign.unknown_block", category.block());
            }
            validateRubric(category);
        }
    }

    private static void validateRubric(CategoryDefinition category) {
        Set<String> criteria = new HashSet<>();
        int sum = 0;
        for (CriterionDefinition criterion : rubricOf(category)) {
            if (!criteria.add(criterion.code())) {
                throw DomainException.invalid("campaign.duplicate_criterion", criterion.code(), category.code());
            }
            sum += criterion.weight();
        }
        if (sum != 100) {
            throw DomainException.invalid("campaign.weights", category.code(), sum);
        }
    }
}
