package vn.dxawards.campaign.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import vn.dxawards.platform.persistence.DxEntity;

/** A category (hạng mục) of a campaign with its rubric. */
@Entity
public class Category extends DxEntity {

    @ManyToOne(optional = false)
    public Campaign campaign;

    public String code;
    public String nameVi;
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public CategoryKind kind;

    public String blockCode;
    public Integer awardQuota;
    /** At most this many live dossiers per nominating body (1 for the key sectors); null = no limit. */
    public Integer maxPerBody;
    public int sortOrder;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    public List<Criterion> rubric = new ArrayList<>();

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }
}
