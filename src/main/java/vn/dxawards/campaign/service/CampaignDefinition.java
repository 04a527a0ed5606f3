package vn.dxawards.campaign.service;

import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.campaign.model.Normalisation;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.dxawards.platform.i18n.LocalizedText;

/** A campaign as an admin defines it (POST /api/campaigns); settings left out take their defaults. */
public record CampaignDefinition(
        @NotBlank(message = "{dx.required}") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "{dx.code}") String code,
        @NotNull(message = "{dx.required}") LocalizedText name,
        Integer year,
        @Min(value = 1, message = "{dx.positive}") Integer awardCount,
        @NotNull(message = "{dx.required}") @Valid Windows windows,
        @Valid Settings settings,
        List<@Valid Block> blocks,
        @NotEmpty(message = "{dx.required}") List<@Valid CategoryDefinition> categories) {

    public record Window(@NotNull(message = "{dx.required}") LocalDate start, @NotNull(message = "{dx.required}") LocalDate end) {
    }

    public record Windows(@NotNull(message = "{dx.required}") @Valid Window nomination,
            @NotNull(message = "{dx.required}") @Valid Window appraisal,
            LocalDate deliberationEnd, LocalDate decisionEnd, LocalDate ceremony) {
    }

    /** Quorum: votes cast ≥ ⌈numerator / denominator × eligible⌉; {@code majority} what then carries (default SIMPLE). */
    public record Quorum(@Min(value = 1, message = "{dx.positive}") int numerator,
            @Min(value = 1, message = "{dx.positive}") int denominator, vn.dxawards.campaign.model.Majority majority) {

        public Quorum(int numerator, int denominator) {
            this(numerator, denominator, null);
        }
    }

    public record Settings(@Min(value = 1, message = "{dx.positive}") @Max(value = 15, message = "{dx.too_large}") Integer jurorsPerDossier,
            @Valid Quorum quorum,
            @Min(value = 1, message = "{dx.positive}") Integer intakeDays,
            @Min(value = 1, message = "{dx.positive}") Integer scoringDays,
            Boolean secretBallot,
            @Valid Ranking ranking,
            @Min(value = 0, message = "{dx.not_negative}") @Max(value = 10000, message = "{dx.too_large}") Integer minLoad,
            @Min(value = 1, message = "{dx.positive}") @Max(value = 10000, message = "{dx.too_large}") Integer maxLoad,
            @Min(value = 1, message = "{dx.positive}") Integer reminderDaysBefore,
            @Min(value = 1, message = "{dx.positive}") @Max(value = 600, message = "{dx.too_large}") Integer personalDataRetentionMonths) {

        /** Without a retention setting (the default {@code dx.consent.retention-months}). */
        public Settings(Integer jurorsPerDossier, Quorum quorum, Integer intakeDays, Integer scoringDays,
                Boolean secretBallot, Ranking ranking, Integer minLoad, Integer maxLoad, Integer reminderDaysBefore) {
            this(jurorsPerDossier, quorum, intakeDays, scoringDays, secretBallot, ranking, minLoad, maxLoad,
                    reminderDaysBefore, null);
        }

        /** Without a reminder setting (the jurors are reminded {@code 2} days before their due date). */
        public Settings(Integer jurorsPerDossier, Quorum quorum, Integer intakeDays, Integer scoringDays,
                Boolean secretBallot, Ranking ranking, Integer minLoad, Integer maxLoad) {
            this(jurorsPerDossier, quorum, intakeDays, scoringDays, secretBallot, ranking, minLoad, maxLoad, null, null);
        }
    }

    /**
     * The ranking rules: normalisation of jurors' totals (default NONE), the spreads in points on
     * 0–100 that flag a divergence (default 20) and a strong one (default 30), and the bootstrap
     * resamples behind the stability figure (default 1000).
     */
    public record Ranking(Normalisation normalisation,
            @Min(value = 1, message = "{dx.positive}") @Max(value = 100, message = "{dx.too_large}") Integer divergenceWarn,
            @Min(value = 1, message = "{dx.positive}") @Max(value = 100, message = "{dx.too_large}") Integer divergenceHigh,
            @Min(value = 100, message = "{dx.at_least}") @Max(value = 10000, message = "{dx.too_large}") Integer bootstrapSamples) {
    }

    public record Block(@NotBlank(message = "{dx.required}") String code, @NotNull(message = "{dx.required}") LocalizedText name,
            @Min(value = 0, message = "{dx.positive}") Integer awardQuota) {
    }

    public record CategoryDefinition(
            @NotBlank(message = "{dx.required}") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "{dx.code}") String code,
            @NotNull(message = "{dx.required}") LocalizedText name,
            @NotNull(message = "{dx.required}") CategoryKind kind,
            String block,
            @Min(value = 0, message = "{dx.positive}") Integer awardQuota,
            @Min(value = 1, message = "{dx.positive}") Integer maxPerBody,
            List<@Valid CriterionDefinition> rubric) {
    }

    public record CriterionDefinition(
            @NotBlank(message = "{dx.required}") @Pattern(regexp = "[A-Za-z0-9_-]{1,20}", message = "{dx.code}") String code,
            @NotNull(message = "{dx.required}") LocalizedText name,
            LocalizedText description,
            @Min(value = 1, message = "{dx.positive}") @Max(value = 100, message = "{dx.too_large}") int weight) {
    }
}
