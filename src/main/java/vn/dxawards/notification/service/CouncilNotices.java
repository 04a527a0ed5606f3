package vn.dxawards.notification.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.Outbox.Notification;

/**
 * Messages to the appraisal council, written into the outbox in the step's transaction (sent after
 * commit, exactly once by their keys) and shown on each person's notifications page: a member the
 * first time they are given work in a campaign, every member when a deliberation round opens, the
 * chair when the council's proposal arrives.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CouncilNotices {

    /** The realm role whose holders decide when the campaign's council names no chair. */
    static final String CHAIR_ROLE = "chair";

    @Inject
    Outbox outbox;

    /** The member's first dossier to score in the campaign; any later one says nothing more. */
    public void assigned(Campaign campaign, String member) {
        outbox.enqueue(Notification.toPerson("council-assigned:" + campaign.code + ":" + member,
                NotificationKind.COUNCIL_ASSIGNED, member, campaign.code, null, null, null));
    }

    /** A deliberation round opens for the member; {@code round} is what tells one round from the next (its vote task). */
    public void deliberationOpened(String campaignCode, String member, String round) {
        outbox.enqueue(Notification.toPerson("deliberation-opened:" + campaignCode + ":" + round + ":" + member,
                NotificationKind.DELIBERATION_OPENED, member, campaignCode, null, null, null));
    }

    /**
     * The proposal waits for the chair: the council's chair, or everyone with the chair role when the
     * council names none. {@code round} tells a proposal sent again after a return from the first.
     */
    public void proposalReceived(String campaignCode, String round) {
        String key = "proposal-received:" + campaignCode + ":" + round;
        List<String> chairs = Campaign.byCode(campaignCode).map(CouncilMember::of).orElse(List.of()).stream()
                .filter(m -> m.chair && m.active).map(m -> m.username).toList();
        if (chairs.isEmpty()) {
            outbox.enqueue(Notification.toRole(key, NotificationKind.PROPOSAL_RECEIVED, CHAIR_ROLE, campaignCode, null,
                    null, null));
            return;
        }
        for (String chair : chairs) {
            outbox.enqueue(Notification.toPerson(key + ":" + chair, NotificationKind.PROPOSAL_RECEIVED, chair,
                    campaignCode, null, null, null));
        }
    }
}
