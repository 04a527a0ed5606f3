package vn.dxawards.campaign.model;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import vn.dxawards.platform.persistence.DxEntity;

/** A member of a campaign's appraisal council, with the affiliation and locality that decide conflicts. */
@Entity
public class CouncilMember extends DxEntity {

    @ManyToOne(optional = false)
    public Campaign campaign;

    public String username;
    public String fullName;
    public String org;
    public String province;
    public boolean chair;
    /** Whether the identity provider still gives them the juror role (read at the last refresh). */
    public boolean active = true;
    /** Sector expertise: category codes, comma-separated. */
    public String expertise;

    public Set<String> expertiseCodes() {
        return expertise == null || expertise.isBlank() ? Set.of()
                : Arrays.stream(expertise.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The member of the campaign's council with this username, or null. */
    public static CouncilMember of(Campaign campaign, String username) {
        return find("campaign = ?1 and username = ?2", campaign, username).firstResult();
    }

    public static List<CouncilMember> of(Campaign campaign) {
        return list("campaign = ?1 order by username", campaign);
    }
}
