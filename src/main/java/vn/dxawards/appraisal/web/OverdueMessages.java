package vn.dxawards.appraisal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the secretariat's overdue scorecards page, in Vietnamese (the default); English in
 * {@code messages/overdue_en.properties}. Templates use them as {@code {overdue:key}}.
 */
@MessageBundle(value = "overdue", locale = "vi")
public interface OverdueMessages {

    @Message("Phiếu chấm quá hạn — {campaign}")
    String title(String campaign);

    @Message("Phiếu chấm quá hạn")
    String link();

    @Message("Các phiếu chấm đã quá hạn mà thành viên hội đồng chưa nộp. Ban thư ký có thể giao lại phiếu chấm cho một thành viên khác không có xung đột lợi ích và chưa được phân công hồ sơ; phiếu chấm cũ kết thúc và thành viên mới nhận thư điện tử.")
    String intro();

    @Message("Không có phiếu chấm nào quá hạn.")
    String empty();

    @Message("Danh sách phiếu chấm quá hạn")
    String caption();

    @Message("Hồ sơ")
    String col_dossier();

    @Message("Thành viên")
    String col_juror();

    @Message("Hạn chấm")
    String col_due();

    @Message("Số ngày quá hạn")
    String col_days();

    @Message("Bản nháp")
    String col_draft();

    @Message("Giao lại")
    String col_reassign();

    @Message("{#if saved}Đã lưu nháp{#else}Chưa có{/if}")
    String draft(boolean saved);

    @Message("Giao cho")
    String choose();

    @Message("Giao lại")
    String reassign();

    @Message("Không còn thành viên nào phù hợp để giao lại.")
    String no_candidate();

    @Message("Đã giao lại phiếu chấm hồ sơ {reference} cho {juror}.")
    String done(String reference, String juror);
}
