package vn.dxawards.privacy.service;

import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.PersonalDataRetention;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.notification.service.AddressedMail;

/**
 * Ends the retention of personal data: when a campaign's period after publication is over, the
 * personal data of every dossier it did not award — the leader's name and position, the contact
 * person's name, address and telephone — is anonymised, a chunk per transaction. Statuses,
 * categories, localities and scores stay, so the statistics stay right; the audit trail gets a line
 * per dossier and keeps no name. Awarded dossiers are kept: they stand in the signed decision.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    static final int CHUNK = 100;

    @Inject
    PersonalDataRetention retention;

    @Inject
    AuditLog audit;

    @Inject
    AddressedMail mail;

    @Scheduled(identity = "personal-data-retention", every = "${dx.privacy.retention-check-interval:6h}",
            delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        run(Instant.now());
    }

    /** Anonymises what is past its retention at {@code now}; answers how many dossiers it anonymised. */
    public int run(Instant now) {
        List<String> due = QuarkusTransaction.requiringNew().call(() -> campaignsPastRetention(now));
        int total = 0;
        for (String code : due) {
            int done;
            do {
                try {
                    done = QuarkusTransaction.requiringNew().call(() -> anonymiseChunk(code, now));
                } catch (RuntimeException e) {
                    // another node is at the same chunk; what is left is taken at the next run
                    LOG.warnf("Retention of campaign %s stopped for this run: %s", code, e.toString());
                    break;
                }
                total += done;
            } while (done == CHUNK);
        }
        return total;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<String> campaignsPastRetention(Instant now) {
        return Campaign.publishedNewestFirst().stream()
                .filter(c -> retention.endOf(c).map(end -> !now.isBefore(end)).orElse(false))
                .map(c -> c.code).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int anonymiseChunk(String campaignCode, Instant now) {
        Campaign campaign = Campaign.byCode(campaignCode).orElseThrow();
        List<Dossier> chunk = Dossier.personalDataHeldNotAwarded(campaign, CHUNK);
        for (Dossier dossier : chunk) {
            mail.forgetAbout(dossier.id);
            dossier.erasePersonalData(now);
            audit.record("system", "PERSONAL_DATA_RETENTION_ENDED", campaign.code, dossier.id, dossier.status.name(),
                    dossier.status.name(), "retention of " + retention.months(campaign) + " month(s) after publication ended");
        }
        return chunk.size();
    }
}
