package vn.dxawards.campaign.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import vn.dxawards.platform.i18n.LocalizedText;

/**
 * A change to a campaign after its creation (PUT /api/campaigns/{code}); every part left out (null)
 * stays as it is. What the campaign's phase no longer allows is refused as a whole, nothing saved.
 *
 * @param windows the windows to move; each part left out stays
 * @param publicationAt when the signed results go public (an ISO date-time with its offset)
 * @param council the council's usernames (jurors of the identity provider); an empty list gives the
 *        campaign every juror again
 * @param issuer who issues the campaign's documents; each part left out keeps its value, a blank one
 *        goes back to the configured default
 * @param categories categories to add (nomination only), or existing ones whose rubric is replaced
 */
public record CampaignAmendment(
        @Valid LocalizedText name,
        @Min(value = 1, message = "{dx.positive}") Integer awardCount,
        @Valid Windows windows,
        OffsetDateTime publicationAt,
        List<String> council,
        @Valid IssuerChange issuer,
        List<CampaignDefinition.@Valid CategoryDefinition> categories) {

    public record Window(LocalDate start, LocalDate end) {
    }

    public record Windows(Window nomination, Window appraisal, LocalDate deliberationEnd, LocalDate decisionEnd,
            LocalDate ceremony) {
    }

    public record IssuerChange(
            @Size(max = 300, message = "{dx.too_long}") String parentBody,
            @Size(max = 300, message = "{dx.too_long}") String issuingBody,
            @jakarta.validation.constraints.Pattern(regexp = "[\\p{Lu}\\p{N}-]{0,30}", message = "{dx.code}") String code,
            @Size(max = 100, message = "{dx.too_long}") String place,
            @Size(max = 300, message = "{dx.too_long}") String authority,
            @Size(max = 300, message = "{dx.too_long}") String authorityInText,
            @Size(max = 200, message = "{dx.too_long}") String signerTitle) {
    }
}
