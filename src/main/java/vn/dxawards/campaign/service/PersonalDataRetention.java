package vn.dxawards.campaign.service;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.i18n.Times;

/**
 * How long a campaign keeps personal data of nominees it did not award (Decree 13/2023/NĐ-CP): the
 * campaign's own period, else {@code dx.consent.retention-months}, counted from the publication of
 * its results. The consent notice states it, the retention job applies it.
 */
@ApplicationScoped
public class PersonalDataRetention {

    @ConfigProperty(name = "dx.consent.retention-months", defaultValue = "24")
    int defaultMonths;

    /** The period a new campaign states when its definition gives none. */
    public int defaultMonths() {
        return defaultMonths;
    }

    public int months(Campaign campaign) {
        return campaign.personalDataRetentionMonths != null ? campaign.personalDataRetentionMonths : defaultMonths;
    }

    /** When the period ends; empty while the results are not published. */
    public Optional<Instant> endOf(Campaign campaign) {
        if (!campaign.published() || campaign.publishedAt == null) {
            return Optional.empty();
        }
        ZonedDateTime published = campaign.publishedAt.atZone(Times.ICT);
        return Optional.of(published.plusMonths(months(campaign)).toInstant());
    }
}
