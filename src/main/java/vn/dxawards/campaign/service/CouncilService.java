package vn.dxawards.campaign.service;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.model.CouncilRefreshed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.platform.directory.CouncilDirectory;

/**
 * Keeps a campaign's council in step with the identity provider's jurors: those the campaign names
 * ({@code Campaign.council}), or every juror when it names none.
 */
@ApplicationScoped
public class CouncilService {

    @Inject
    CouncilDirectory directory;

    @Inject
    Event<CouncilRefreshed> refreshed;

    /**
     * Adds new jurors and updates affiliations; members who left keep their row (their votes stay
     * valid) but are marked inactive. Returns the active members: those who may be assigned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CouncilMember> refresh(Campaign campaign) {
        Map<String, CouncilMember> known = CouncilMember.of(campaign).stream()
                .collect(Collectors.toMap(m -> m.username, Function.identity()));
        java.util.Set<String> present = new java.util.HashSet<>();
        for (CouncilDirectory.Member member : directory.council()) {
            if (!campaign.councilIncludes(member.username())) {
                continue;
            }
            present.add(member.username());
            CouncilMember row = known.get(member.username());
            if (row == null) {
                row = new CouncilMember();
                row.campaign = campaign;
                row.username = member.username();
                row.persist();
            }
            row.fullName = member.fullName();
            row.org = member.org();
            row.province = member.province();
            row.expertise = member.expertise();
            row.chair = member.chair();
        }
        for (CouncilMember row : known.values()) {
            row.active = present.contains(row.username);
        }
        refreshed.fire(new CouncilRefreshed(campaign.id));
        return CouncilMember.of(campaign).stream().filter(m -> m.active).toList();
    }

    /** Every juror the identity provider knows (the chair included): those a campaign may name as its council. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CouncilDirectory.Member> jurors() {
        return directory.council();
    }

    /** The usernames among these that the identity provider does not know as jurors (the chair is one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> notJurors(java.util.Collection<String> usernames) {
        java.util.Set<String> jurors = new java.util.HashSet<>();
        directory.council().forEach(m -> jurors.add(m.username()));
        return usernames.stream().filter(u -> !jurors.contains(u)).toList();
    }
}
