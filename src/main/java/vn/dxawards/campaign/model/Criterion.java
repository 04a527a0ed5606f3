package vn.dxawards.campaign.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import vn.dxawards.platform.persistence.DxEntity;

/** One criterion of a rubric, scored 0–10, with its weight in percent. */
@Entity
public class Criterion extends DxEntity {

    @ManyToOne(optional = false)
    public Category category;

    public String code;
    public String nameVi;
    public String nameEn;
    public String descriptionVi;
    public String descriptionEn;
    public int weight;
    public int sortOrder;

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }

    /** Removes every criterion of a category's rubric. */
    public static long deleteOf(Category category) {
        return delete("category", category);
    }
}
