package vn.dxawards.campaign.web;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.campaign.model.Normalisation;
import vn.dxawards.campaign.model.Phase;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A campaign as the API shows it, names in the caller's language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignView(String code, String name, int year, Phase phase, int awardCount, Windows windows,
        java.time.OffsetDateTime publicationAt, Settings settings, List<String> council, IssuerView issuer,
        List<BlockView> blocks, List<CategoryView> categories) {

    /** The issuer the campaign sets itself (what it leaves out is the configured default, not shown). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IssuerView(String parentBody, String issuingBody, String code, String place, String authority,
            String authorityInText, String signerTitle) {
    }

    public record Window(LocalDate start, LocalDate end) {
    }

    public record Windows(Window nomination, Window appraisal, LocalDate deliberationEnd, LocalDate decisionEnd,
            LocalDate ceremony) {
    }

    public record Settings(int jurorsPerDossier, int quorumNumerator, int quorumDenominator, int intakeDays,
            int scoringDays, boolean secretBallot, Ranking ranking, int minLoad, int maxLoad, int reminderDaysBefore,
            vn.dxawards.campaign.model.Majority majority, Integer personalDataRetentionMonths) {
    }

    /** The ranking rules (docs/architecture.md, "Ranking rules"). */
    public record Ranking(Normalisation normalisation, int divergenceWarn, int divergenceHigh, int bootstrapSamples) {
    }

    public record BlockView(String code, String name, Integer awardQuota) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CategoryView(String code, String name, CategoryKind kind, String block, Integer awardQuota,
            Integer maxPerBody, List<CriterionView> rubric) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionView(String code, String name, String description, int weight) {
    }

    public static CampaignView of(Campaign c, boolean english, boolean withCategories) {
        return new CampaignView(c.code, c.name(english), c.year, c.phase, c.awardCount,
                new Windows(new Window(c.nominationStart, c.nominationEnd), new Window(c.appraisalStart, c.appraisalEnd),
                        c.deliberationEnd, c.decisionEnd, c.ceremonyDate),
                c.publicationTime() == null ? null : c.publicationTime().atZone(vn.dxawards.platform.i18n.Times.ICT)
                        .toOffsetDateTime(),
                new Settings(c.jurorsPerDossier, c.quorumNumerator, c.quorumDenominator, c.intakeDays, c.scoringDays,
                        c.secretBallot, new Ranking(c.normalisation, c.divergenceWarn, c.divergenceHigh,
                                c.bootstrapSamples), c.minLoad, c.maxLoad, c.reminderDaysBefore,
                        c.majority, c.personalDataRetentionMonths),
                withCategories ? c.councilUsernames() : null,
                withCategories ? new IssuerView(c.issuerParentBody, c.issuerBody, c.issuerCode, c.issuerPlace,
                        c.issuerAuthority, c.issuerAuthorityText, c.signerTitle) : null,
                withCategories ? c.blocks.stream().map(b -> new BlockView(b.code, english ? b.nameEn : b.nameVi,
                        b.awardQuota)).toList() : null,
                withCategories ? c.categories.stream().map(cat -> new CategoryView(cat.code, cat.name(english), cat.kind,
                        cat.blockCode, cat.awardQuota, cat.maxPerBody,
                        cat.rubric.stream().map(r -> new CriterionView(r.code, r.name(english),
                                english ? r.descriptionEn : r.descriptionVi, r.weight)).toList())).toList() : null);
    }
}
