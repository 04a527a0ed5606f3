package vn.dxawards.appraisal.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.model.JurorConflict;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.service.CouncilService;
import vn.dxawards.identity.User;
import vn.dxawards.platform.errors.DomainException;

/**
 * The campaign's appraisal council as the administrator and the secretariat read it: the members,
 * read again from the identity provider, with their load and the conflicts they declared.
 */
@ApplicationScoped
@Transactional
public class CouncilRoster {

    private static final Logger LOG = Logger.getLogger(CouncilRoster.class);

    @Inject
    CampaignService campaigns;

    @Inject
    CouncilService council;

    @Inject
    AccessPolicy access;

    /** A member with their current assignments and declared conflicts in the campaign. */
    public record Member(CouncilMember member, long load, long conflicts) {
    }

    /** The campaign and its council. */
    public record Roster(Campaign campaign, List<Member> members) {
    }

    /** Reads the council again from the identity provider. */
    public void refresh(String campaignCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.READ_COUNCIL, campaign);
        council.refresh(campaign);
    }

    /**
     * As {@link #refresh}, for the council's page: a refusal stays a refusal; any other failure
     * answers false, and the page shows the council saved last time. The refresh holds its own
     * transaction (Quarkus intercepts a bean's calls to itself), so that a failure at commit is one too.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean refreshed(String campaignCode, User user) {
        try {
            refresh(campaignCode, user);
            return true;
        } catch (DomainException refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            LOG.warnf("Council of %s not refreshed: %s", campaignCode, e.getMessage());
            return false;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Roster roster(String campaignCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.READ_COUNCIL, campaign);
        Map<String, Long> load = Assignment.currentIn(campaign).stream()
                .collect(Collectors.groupingBy(a -> a.juror, Collectors.counting()));
        Map<String, Long> conflicts = JurorConflict.declaredIn(campaign).stream()
                .collect(Collectors.groupingBy(c -> c.juror, Collectors.counting()));
        List<Member> members = CouncilMember.of(campaign).stream()
                .map(m -> new Member(m, load.getOrDefault(m.username, 0L), conflicts.getOrDefault(m.username, 0L)))
                .toList();
        return new Roster(campaign, members);
    }
}
