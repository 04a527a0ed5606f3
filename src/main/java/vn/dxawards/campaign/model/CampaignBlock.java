package vn.dxawards.campaign.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import vn.dxawards.platform.persistence.DxEntity;

/** A group of categories with its own number of awards (e.g. the central and the local block). */
@Entity
public class CampaignBlock extends DxEntity {

    @ManyToOne(optional = false)
    public Campaign campaign;

    public String code;
    public String nameVi;
    public String nameEn;
    public Integer awardQuota;
}
