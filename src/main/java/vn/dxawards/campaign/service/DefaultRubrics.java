package vn.dxawards.campaign.service;

import vn.dxawards.campaign.model.CategoryKind;
import java.util.List;

import vn.dxawards.campaign.service.CampaignDefinition.CriterionDefinition;
import vn.dxawards.platform.i18n.LocalizedText;

/** The rubrics a category gets when its definition names none (from the programme's criteria). */
public final class DefaultRubrics {

    private DefaultRubrics() {
    }

    public static List<CriterionDefinition> of(CategoryKind kind) {
        return kind == CategoryKind.LEADER ? LEADER : UNIT;
    }

    private static final List<CriterionDefinition> UNIT = List.of(
            criterion("C1", "Chiến lược, kế hoạch chuyển đổi số", "Digital transformation strategy and plan",
                    "Cụ thể, rõ ràng và hiệu quả", "Concrete, clear and effective", 30),
            criterion("C2", "Quy mô và tiềm năng điển hình", "Scale and potential to become a model",
                    "Quy mô của đơn vị và khả năng trở thành đơn vị điển hình",
                    "The unit's scale and its potential to become a typical unit", 20),
            criterion("C3", "Sáng kiến, giải pháp chuyển đổi số tiêu biểu", "Typical initiatives and solutions",
                    "Các sáng kiến, giải pháp chuyển đổi số tiêu biểu đã triển khai",
                    "Typical digital transformation initiatives and solutions deployed", 25),
            criterion("C4", "Kết quả chuyển đổi số", "Digital transformation results",
                    "Kết quả trên các trụ cột chính quyền số, kinh tế số, xã hội số",
                    "Results on the digital government, digital economy and digital society pillars", 25));

    private static final List<CriterionDefinition> LEADER = List.of(
            criterion("L1", "Tầm nhìn và vai trò dẫn dắt", "Vision and leadership",
                    "Tầm nhìn chuyển đổi số và vai trò dẫn dắt đơn vị", "Digital vision and leading the unit", 30),
            criterion("L2", "Kết quả của đơn vị", "Results of the unit",
                    "Kết quả chuyển đổi số đơn vị đạt được dưới sự lãnh đạo",
                    "Digital transformation results the unit achieved under this leadership", 30),
            criterion("L3", "Sáng kiến cá nhân", "Personal initiatives",
                    "Sáng kiến, giải pháp do cá nhân đề xuất và chỉ đạo", "Initiatives proposed and led personally", 20),
            criterion("L4", "Lan tỏa và đóng góp", "Influence and contribution",
                    "Lan tỏa kinh nghiệm, đóng góp cho cộng đồng chuyển đổi số",
                    "Sharing experience and contributing to the digital transformation community", 20));

    private static CriterionDefinition criterion(String code, String vi, String en, String descriptionVi,
            String descriptionEn, int weight) {
        return new CriterionDefinition(code, new LocalizedText(vi, en), new LocalizedText(descriptionVi, descriptionEn),
                weight);
    }
}
