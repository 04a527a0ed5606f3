package vn.dxawards.deliberation.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.model.VoteChoice;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.identity.User;
import vn.dxawards.platform.errors.DomainException;

/**
 * The council's usual list vote in one action: approve every shortlisted dossier inside the award
 * cut except those the member marks, reject and abstain on those they name. Still one vote per
 * dossier, each cast by {@link VoteService#castAll} (recusal, phase and audit line as for a single
 * vote); dossiers the member is recused from are left out. All of the list or none of it: one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class ListVote {

    @Inject
    CampaignService campaigns;

    @Inject
    VoteService votes;

    @Inject
    RankingService ranking;

    @Inject
    AccessPolicy access;

    /** A vote cast by the list. */
    public record Cast(Long dossierId, String reference, VoteChoice vote) {
    }

    /** What the list did: the votes cast, and the shortlisted dossiers left out because the member is recused. */
    public record Result(List<Cast> votes, List<Long> recused) {
    }

    public Result cast(String campaignCode, List<Long> approveInsideCutExcept, List<Long> reject, List<Long> abstain,
            User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, AccessPolicy.CampaignAction.CAST_VOTES, campaign);
        if (campaign.phase != Phase.DELIBERATION) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
        Set<Long> except = set(approveInsideCutExcept);
        Set<Long> rejected = set(reject);
        Set<Long> abstained = set(abstain);
        Set<Long> twice = new HashSet<>(rejected);
        twice.retainAll(abstained);
        if (!twice.isEmpty()) {
            throw DomainException.invalid("vote.list_twice", String.valueOf(twice.iterator().next()));
        }
        List<Dossier> shortlist = Dossier.inStatus(campaign, List.of(DossierStatus.IN_DELIBERATION));
        Set<Long> shortlisted = new HashSet<>();
        shortlist.forEach(d -> shortlisted.add(d.id));
        for (Set<Long> named : List.of(except, rejected, abstained)) {
            for (Long id : named) {
                if (!shortlisted.contains(id)) {
                    throw DomainException.invalid("vote.list_not_shortlisted", String.valueOf(id));
                }
            }
        }
        Set<Long> insideCut = new HashSet<>();
        for (RankingEntry entry : ranking.compute(campaign, false)) {
            if (entry.insideCut()) {
                insideCut.add(entry.dossierId());
            }
        }
        List<Cast> cast = new ArrayList<>();
        List<Long> recused = new ArrayList<>();
        Map<Dossier, VoteChoice> choices = new LinkedHashMap<>();
        for (Dossier dossier : shortlist) {
            VoteChoice choice = rejected.contains(dossier.id) ? VoteChoice.REJECT
                    : abstained.contains(dossier.id) ? VoteChoice.ABSTAIN
                    : insideCut.contains(dossier.id) && !except.contains(dossier.id) ? VoteChoice.APPROVE : null;
            if (choice == null) {
                continue;
            }
            if (access.recused(user, dossier)) {
                recused.add(dossier.id);
                continue;
            }
            choices.put(dossier, choice);
            cast.add(new Cast(dossier.id, dossier.reference, choice));
        }
        votes.castAll(campaign, choices, user);
        return new Result(cast, recused);
    }

    private static Set<Long> set(List<Long> ids) {
        return ids == null ? Set.of() : new HashSet<>(ids);
    }
}
