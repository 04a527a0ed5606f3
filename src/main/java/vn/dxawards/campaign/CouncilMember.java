package vn.dxawards.campaign;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import vn.dxawards.common.DxEntity;

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

    public static List<CouncilMember> of(Campaign campaign) {
        return list("campaign = ?1 order by username", campaign);
    }
}
