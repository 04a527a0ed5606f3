package vn.dxawards.campaign.service;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.model.Criterion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.service.CampaignDefinition.CriterionDefinition;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.LocalizedText;
import vn.dxawards.platform.i18n.Messages;

/**
 * A category's rubric (bộ tiêu chí), replaced as a whole by the programme's administrator while
 * nominations are open. From the appraisal on it is fixed: scorecards are kept by criterion code,
 * and a rubric changed under a juror would change what their scores mean.
 */
@ApplicationScoped
@Transactional
public class RubricService {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,20}");

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** What is wrong with one row (0-based) of a rubric, and in which field. */
    public record Problem(int row, String field, String message) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Category category(String campaignCode, String categoryCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.CONFIGURE, campaign);
        return campaign.category(categoryCode).orElseThrow(() -> DomainException.notFound("category"));
    }

    /** Replaces the rubric; refused (and nothing changed) outside nomination or when a row is wrong. */
    public Category replace(String campaignCode, String categoryCode, List<CriterionDefinition> rubric, User user,
            Locale locale) {
        Category category = category(campaignCode, categoryCode, user);
        if (!category.campaign.acceptingNominations()) {
            throw DomainException.conflict("rubric.locked", category.campaign.phase.name());
        }
        List<Problem> problems = problems(rubric, locale);
        if (!problems.isEmpty()) {
            throw new DomainException(422, "rubric.invalid",
                    problems.stream().map(p -> p.row() < 0 ? p.message()
                            : Messages.text(locale, "rubric.row", p.row() + 1, p.message())).toList());
        }
        String before = summary(category);
        category.rubric.clear();
        // the old rows go before the new ones come (criterion codes are unique per category)
        Criterion.deleteOf(category);
        Criterion.flush();
        int order = 0;
        for (CriterionDefinition definition : rubric) {
            Criterion criterion = new Criterion();
            criterion.category = category;
            criterion.code = definition.code().strip();
            criterion.nameVi = definition.name().vi().strip();
            criterion.nameEn = definition.name().en() == null || definition.name().en().isBlank()
                    ? criterion.nameVi : definition.name().en().strip();
            LocalizedText description = definition.description();
            criterion.descriptionVi = description == null ? null : blankToNull(description.vi());
            criterion.descriptionEn = description == null ? null : blankToNull(description.en());
            criterion.weight = definition.weight();
            criterion.sortOrder = order++;
            criterion.persist();
            category.rubric.add(criterion);
        }
        audit.record(user.username(), "RUBRIC_REPLACED", category.campaign.code, null, before, summary(category),
                category.code);
        return category;
    }

    /** Every problem of a rubric as typed: codes, names, weights, and the weights' sum of 100. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Problem> problems(List<CriterionDefinition> rubric, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        if (rubric == null || rubric.isEmpty()) {
            problems.add(new Problem(-1, null, Messages.text(locale, "rubric.empty")));
            return problems;
        }
        Set<String> codes = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < rubric.size(); i++) {
            CriterionDefinition c = rubric.get(i);
            if (c == null) {
                problems.add(new Problem(i, "code", Messages.text(locale, "rubric.code")));
                continue;
            }
            String code = c.code() == null ? "" : c.code().strip();
            if (!CODE.matcher(code).matches()) {
                problems.add(new Problem(i, "code", Messages.text(locale, "rubric.code")));
            } else if (!codes.add(code.toUpperCase(Locale.ROOT))) {
                problems.add(new Problem(i, "code", Messages.text(locale, "rubric.duplicate", code)));
            }
            if (c.name() == null || c.name().vi() == null || c.name().vi().isBlank()) {
                problems.add(new Problem(i, "nameVi", Messages.text(locale, "rubric.name")));
            } else if (c.name().vi().length() > 300 || c.name().en() != null && c.name().en().length() > 300) {
                problems.add(new Problem(i, "nameVi", Messages.text(locale, "rubric.name_long")));
            }
            if (c.description() != null && (length(c.description().vi()) > 2000 || length(c.description().en()) > 2000)) {
                problems.add(new Problem(i, "descriptionVi", Messages.text(locale, "rubric.description_long")));
            }
            if (c.weight() < 1 || c.weight() > 100) {
                problems.add(new Problem(i, "weight", Messages.text(locale, "rubric.weight")));
            } else {
                sum += c.weight();
            }
        }
        if (problems.isEmpty() && sum != 100) {
            problems.add(new Problem(-1, "weight", Messages.text(locale, "rubric.sum", sum)));
        }
        return problems;
    }

    private static String summary(Category category) {
        return String.join(", ", category.rubric.stream().map(c -> c.code + " " + c.weight + "%").toList());
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
