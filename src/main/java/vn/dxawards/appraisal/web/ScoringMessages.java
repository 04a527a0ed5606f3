package vn.dxawards.appraisal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The scoring page's texts about criterion comments and revisions in deliberation, in
 * Vietnamese; English in {@code messages/scoring_en.properties}. Templates use {@code {scoring:key}}.
 */
@MessageBundle(value = "scoring", locale = "vi")
public interface ScoringMessages {

    @Message("Nhận xét tiêu chí")
    String col_criterion_comment();

    @Message("Nhận xét về tiêu chí {code} (bắt buộc khi chấm 0 hoặc 10)")
    String criterion_comment_label(String code);

    @Message("Điểm 0 hoặc 10 cần có nhận xét riêng cho tiêu chí đó. Đề xuất loại \"Khác\" cần ghi rõ nội dung.")
    String rules_hint();

    @Message("Điều chỉnh phiếu chấm (thảo luận)")
    String revise_title();

    @Message("Phiếu chấm đã nộp không sửa được; trong giai đoạn thảo luận có thể điều chỉnh, kèm lý do. Mọi phiên bản trước được lưu lại.")
    String revise_hint();

    @Message("Lý do điều chỉnh")
    String revise_reason();

    @Message("Điều chỉnh phiếu chấm")
    String revise_submit();

    @Message("Lịch sử điều chỉnh")
    String history_title();

    @Message("Phiên bản")
    String col_revision();

    @Message("Điểm")
    String col_scores();

    @Message("Lý do điều chỉnh sau phiên bản này")
    String col_reason();

    @Message("Thời điểm điều chỉnh")
    String col_recorded();

    @Message("Phiên bản {revision} (hiện tại)")
    String current_revision(int revision);
}
