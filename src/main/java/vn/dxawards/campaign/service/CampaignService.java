package vn.dxawards.campaign.service;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CampaignBlock;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.model.Criterion;
import vn.dxawards.campaign.model.Normalisation;
import vn.dxawards.campaign.model.Phase;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
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
    AuditLog audit;

    @Inject
    AccessPolicy access;

    @Inject
    PersonalDataRetention retention;

    @Inject
    @Any
    Instance<PhaseExit> exits;

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
            Category category = new Category();
            category.campaign = campaign;
            category.code = def.code();
            category.nameVi = def.name().vi();
            category.nameEn = def.name().en();
            category.kind = def.kind();
            category.blockCode = def.block();
            category.awardQuota = def.awardQuota();
            category.maxPerBody = def.maxPerBody();
            category.sortOrder = order++;
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
            campaign.categories.add(category);
        }
        campaign.persist();
        audit.record(actor.username(), "CAMPAIGN_CREATED", campaign.code, null, null, Phase.NOMINATION.name(), null);

        Map<String, Object> variables = new HashMap<>();
        variables.put("campaignCode", campaign.code);
        variables.put("nominationEnds", Times.endOfAsDate(campaign.nominationEnd));
        variables.put("appraisalEnds", Times.endOfAsDate(campaign.appraisalEnd));
        variables.put("publicationAt", campaign.ceremonyDate == null ? NO_PUBLICATION_TIME
                : Date.from(campaign.ceremonyDate.atStartOfDay(Times.ICT).toInstant()));
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, campaign.code, variables);
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
            List<CriterionDefinition> rubric = rubricOf(category);
            Set<String> criteria = new HashSet<>();
            int sum = 0;
            for (CriterionDefinition criterion : rubric) {
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
}
