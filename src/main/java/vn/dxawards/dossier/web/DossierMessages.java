package vn.dxawards.dossier.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the nominating body's dossier pages, and the dossier's own vocabulary (its
 * fields, columns and statuses) that pages of the features above show too, in Vietnamese (the
 * default); English in {@code messages/dossier_en.properties}. Templates use them as
 * {@code {dossier:key}}.
 */
@MessageBundle(value = "dossier", locale = "vi")
public interface DossierMessages {

    // --- a dossier's vocabulary ------------------------------------------------------------------

    @Message("Mã hồ sơ")
    String col_reference();

    @Message("Đơn vị / cá nhân được đề cử")
    String col_nominee();

    @Message("{#when status}{#is 'DRAFT'}Bản nháp{#is 'SUBMITTED'}Đã nộp{#is 'SUPPLEMENT_REQUESTED'}Yêu cầu bổ sung{#is 'ACCEPTED'}Đã tiếp nhận{#is 'REJECTED'}Không tiếp nhận{#is 'WITHDRAWN'}Đã rút{#is 'IN_APPRAISAL'}Đang thẩm định{#is 'IN_DELIBERATION'}Đang thảo luận{#is 'AWARDED'}Được khen thưởng{#is 'NOT_AWARDED'}Không được khen thưởng{/when}")
    String status_name(String status);

    @Message("Thông tin đơn vị được đề cử")
    String form_nominee_section();

    @Message("Tên đơn vị / cá nhân")
    String field_name();

    @Message("Mã số thuế")
    String field_tax_code();

    @Message("Tỉnh, thành phố")
    String field_province();

    @Message("Loại hình sở hữu")
    String field_ownership();

    @Message("Trang thông tin điện tử")
    String field_website();

    @Message("Người liên hệ")
    String field_contact_name();

    @Message("Thư điện tử liên hệ")
    String field_contact_email();

    @Message("Điện thoại liên hệ")
    String field_contact_phone();

    @Message("Nội dung hồ sơ")
    String form_content_section();

    @Message("Chiến lược, kế hoạch chuyển đổi số")
    String field_strategy();

    @Message("Quy mô và tiềm năng điển hình")
    String field_scale();

    @Message("Sáng kiến, giải pháp tiêu biểu")
    String field_initiatives();

    @Message("Kết quả chuyển đổi số")
    String field_results();

    @Message("Mong muốn được hỗ trợ")
    String field_support_wishes();

    @Message("Chưa có tệp đính kèm.")
    String attachments_empty();

    @Message("Ngày giờ")
    String timeline_when();

    @Message("Người thực hiện")
    String timeline_actor();

    // --- the list --------------------------------------------------------------------------------

    @Message("Hồ sơ đề cử")
    String list_title();

    @Message("Chưa có hồ sơ nào.")
    String list_empty();

    @Message("Hồ sơ theo ngành và trạng thái — {campaign}")
    String grid_title(String campaign);

    @Message("Suất đề cử")
    String grid_quota();

    @Message("đã đủ")
    String grid_full();

    @Message("Nháp")
    String grid_draft();

    @Message("Đang xử lý")
    String grid_in_progress();

    @Message("Không tiếp nhận / đã rút")
    String grid_closed();

    // --- the form --------------------------------------------------------------------------------

    @Message("Tạo hồ sơ đề cử")
    String new_title();

    @Message("Sửa hồ sơ {reference}")
    String edit_title(String reference);

    @Message("Lưu bản nháp")
    String form_save();

    @Message("Không lưu được: {message}")
    String form_error(String message);

    // --- a dossier -------------------------------------------------------------------------------

    @Message("Đã lưu.")
    String flash_saved();

    @Message("Đã nộp hồ sơ.")
    String flash_submitted();

    @Message("Đã tải tệp lên.")
    String flash_uploaded();

    @Message("Sửa hồ sơ")
    String edit();

    @Message("Nộp hồ sơ")
    String submit();

    @Message("Nộp hồ sơ này? Sau khi nộp, hồ sơ không thể sửa trừ khi Ban thư ký yêu cầu bổ sung.")
    String submit_confirm();

    @Message("Tệp đính kèm (PDF, tối đa {maxMb} MB)")
    String attachments_title(long maxMb);

    @Message("Chọn tệp PDF")
    String attachments_choose();

    @Message("Tải lên")
    String attachments_upload();

    @Message("Tiến độ tải lên")
    String upload_progress();

    @Message("Tệp vượt quá dung lượng cho phép ({maxMb} MB).")
    String upload_too_large(long maxMb);

    @Message("Tiến trình hồ sơ")
    String timeline();

    @Message("Sự kiện")
    String timeline_event();
}
