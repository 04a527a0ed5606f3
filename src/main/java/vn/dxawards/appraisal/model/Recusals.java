package vn.dxawards.appraisal.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.dossier.model.Dossier;

/**
 * Who of a campaign's council is recused from which of its dossiers, decided in memory from one
 * load of the council and of the conflicts declared in the campaign (two queries, whatever the
 * number of dossiers): a vote, a tally of the whole shortlist and a list of dossiers each ask it
 * once per dossier without a query each.
 */
public final class Recusals {

    private final Long campaignId;
    private final Map<String, CouncilMember> members = new HashMap<>();
    private final Map<Long, Set<String>> declared = new HashMap<>();

    private Recusals(Campaign campaign, List<CouncilMember> council, List<Object[]> declaredPairs) {
        this.campaignId = campaign.id;
        council.forEach(member -> members.put(member.username, member));
        for (Object[] pair : declaredPairs) {
            declared.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((String) pair[1]);
        }
    }

    public static Recusals of(Campaign campaign) {
        return new Recusals(campaign, CouncilMember.of(campaign), JurorConflict.pairsIn(campaign));
    }

    public Long campaignId() {
        return campaignId;
    }

    /** The campaign's council, every member as last read from the identity provider (active or not). */
    public List<CouncilMember> council() {
        return members.values().stream().sorted(java.util.Comparator.comparing(m -> m.username)).toList();
    }

    /**
     * Whether the person is recused from the dossier: a conflict from their affiliation or locality
     * (as the council's roster has them, else as their sign-in says) or one they declared.
     */
    public boolean recused(String username, String org, String province, Dossier dossier) {
        return recused(username, org, province, new Dossier.ConflictKeys(dossier.id, dossier.bodyCode,
                dossier.nomineeTaxCode, dossier.nomineeOrganizationTaxCode, dossier.nomineeProvince));
    }

    /** The same, on a dossier's conflict keys (a list of dossiers read without loading them). */
    public boolean recused(String username, String org, String province, Dossier.ConflictKeys dossier) {
        CouncilMember member = members.get(username);
        String memberOrg = member != null && member.org != null ? member.org : org;
        String memberProvince = member != null && member.province != null ? member.province : province;
        return Conflicts.detected(memberOrg, memberProvince, dossier.bodyCode(), dossier.nomineeTaxCode(),
                dossier.nomineeOrganizationTaxCode(), dossier.nomineeProvince()) != null
                || declared.getOrDefault(dossier.id(), Set.of()).contains(username);
    }

    /** The affiliation that decides the person's conflicts: the council roster's, else their sign-in's. */
    public String orgOf(String username, String signedInOrg) {
        CouncilMember member = members.get(username);
        return member != null && member.org != null ? member.org : signedInOrg;
    }

    /** The locality that decides the person's conflicts: the council roster's, else their sign-in's. */
    public String provinceOf(String username, String signedInProvince) {
        CouncilMember member = members.get(username);
        return member != null && member.province != null ? member.province : signedInProvince;
    }

    /** How many of the campaign's dossiers the person declared a conflict on. */
    public int declaredCount(String username) {
        int count = 0;
        for (Set<String> jurors : declared.values()) {
            if (jurors.contains(username)) {
                count++;
            }
        }
        return count;
    }

    public boolean declared(String username, Dossier dossier) {
        return declared.getOrDefault(dossier.id, Set.of()).contains(username);
    }

    /** The council members who may vote on the dossier: every member not recused from it. */
    public int eligible(Dossier dossier) {
        int eligible = 0;
        for (CouncilMember member : members.values()) {
            if (Conflicts.detected(member.org, member.province, dossier) == null && !declared(member.username, dossier)) {
                eligible++;
            }
        }
        return eligible;
    }
}
