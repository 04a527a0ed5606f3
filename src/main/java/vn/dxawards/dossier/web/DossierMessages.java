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

    // --- withdrawing, deleting a draft, removing a file (each confirmed first) ---------------------

    @Message("Rút hoặc xoá hồ sơ")
    String irreversible_title();

    @Message("Rút hồ sơ")
    String withdraw();

    @Message("Hồ sơ đã rút không được thẩm định và không thể nộp lại; chỉ tiêu của hạng mục được trả lại cho đơn vị.")
    String withdraw_hint();

    @Message("Rút hồ sơ {reference}? Hồ sơ sẽ không được thẩm định và không thể nộp lại.")
    String withdraw_confirm(String reference);

    @Message("Đã rút hồ sơ.")
    String flash_withdrawn();

    @Message("Xoá bản nháp")
    String delete_draft();

    @Message("Bản nháp và mọi tệp đính kèm sẽ bị xoá hẳn.")
    String delete_draft_hint();

    @Message("Xoá hẳn bản nháp {reference} cùng mọi tệp đính kèm? Không thể hoàn tác.")
    String delete_draft_confirm(String reference);

    @Message("Đã xoá bản nháp {reference}.")
    String flash_draft_deleted(String reference);

    @Message("Gỡ tệp")
    String attachment_remove();

    @Message("Gỡ tệp «{fileName}» khỏi hồ sơ? Tệp sẽ bị xoá; có thể tải lên tệp đúng sau đó.")
    String attachment_remove_confirm(String fileName);

    @Message("Đã gỡ tệp «{fileName}».")
    String flash_attachment_removed(String fileName);

    @Message("Xác nhận rút hồ sơ {reference}")
    String withdraw_confirm_title(String reference);

    @Message("Hồ sơ {reference} — {nominee} ({category}) sẽ được rút ngay: hồ sơ không được thẩm định và không thể nộp lại; chỉ tiêu của hạng mục được trả lại cho đơn vị. Không thể hoàn tác.")
    String withdraw_confirm_consequence(String reference, String nominee, String category);

    @Message("Rút hồ sơ")
    String withdraw_confirm_button();

    @Message("Quay lại, không rút hồ sơ")
    String withdraw_confirm_cancel();

    @Message("Xác nhận xoá bản nháp {reference}")
    String delete_confirm_title(String reference);

    @Message("Bản nháp {reference} — {nominee} cùng {files} tệp đính kèm sẽ bị xoá hẳn. Không thể hoàn tác.")
    String delete_confirm_consequence(String reference, String nominee, int files);

    @Message("Xoá hẳn bản nháp")
    String delete_confirm_button();

    @Message("Quay lại, giữ bản nháp")
    String delete_confirm_cancel();

    @Message("Xác nhận gỡ tệp «{fileName}»")
    String remove_confirm_title(String fileName);

    @Message("Tệp «{fileName}» sẽ được gỡ khỏi hồ sơ {reference} — {nominee} và bị xoá; có thể tải lên tệp đúng sau đó.")
    String remove_confirm_consequence(String fileName, String reference, String nominee);

    @Message("Gỡ tệp")
    String remove_confirm_button();

    @Message("Quay lại, giữ tệp")
    String remove_confirm_cancel();

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

    @Message("Hệ thống đang bận do nhiều đơn vị gửi tệp cùng lúc; tệp sẽ được gửi lại tự động sau ít giây…")
    String upload_busy();

    @Message("Tiến trình hồ sơ")
    String timeline();

    @Message("Sự kiện")
    String timeline_event();

    @Message("Lãnh đạo được đề cử (hạng mục Lãnh đạo tiêu biểu)")
    String form_leader_section();

    @Message("Chỉ điền khi đề cử cá nhân lãnh đạo. Thư điện tử liên hệ là của chính người được đề cử: hệ thống gửi tới địa chỉ này đường dẫn để người đó tự đồng ý cho xử lý dữ liệu cá nhân; hồ sơ chỉ nộp được sau khi người đó đồng ý.")
    String form_leader_hint();

    @Message("Chức vụ")
    String field_position();

    @Message("Cơ quan, đơn vị công tác")
    String field_organization();

    @Message("Mã số thuế của cơ quan, đơn vị")
    String field_organization_tax_code();

    @Message("Sự đồng ý của người được đề cử")
    String consent_title();

    @Message("{#when state}{#is 'NOT_REQUESTED'}Chưa gửi đề nghị đồng ý{#is 'REQUESTED'}Đã gửi đề nghị, đang chờ người được đề cử trả lời{#is 'GIVEN'}Người được đề cử đã đồng ý{#is 'REFUSED'}Người được đề cử đã từ chối{#is 'WITHDRAWN'}Người được đề cử đã rút lại sự đồng ý{#else}{state}{/when}")
    String consent_state(String state);

    @Message("Gửi thư đề nghị đồng ý tới {email}")
    String consent_send(String email);

    @Message("Gửi lại đường dẫn tới {email}")
    String consent_resend(String email);

    @Message("Đường dẫn có hiệu lực đến {until}.")
    String consent_valid_until(String until);

    @Message("Đã gửi thư đề nghị đồng ý.")
    String flash_consent_sent();

    @Message("Đồng ý xử lý dữ liệu cá nhân")
    String consent_page_title();

    @Message("{body} đề cử anh/chị {nominee} xét tặng danh hiệu Lãnh đạo tiêu biểu trong {campaign} (hồ sơ {reference}). Hồ sơ chỉ được nộp khi chính anh/chị đồng ý cho xử lý dữ liệu cá nhân dưới đây.")
    String consent_intro(String nominee, String body, String campaign, String reference);

    @Message("Mục đích")
    String consent_purpose_title();

    @Message("Xem xét, thẩm định, bình chọn và công bố kết quả khen thưởng của Chương trình; nếu được khen thưởng: ghi tên trong quyết định khen thưởng, giấy chứng nhận, danh sách công bố và kỷ yếu.")
    String consent_purpose();

    @Message("Dữ liệu được xử lý")
    String consent_data_title();

    @Message("thư điện tử, điện thoại liên hệ và nội dung thành tích chuyển đổi số do đơn vị đề cử cung cấp.")
    String consent_data_rest();

    @Message("Ai được xem")
    String consent_who_title();

    @Message("Đơn vị đề cử, Ban Thư ký, thành viên Hội đồng thẩm định được phân công (không có xung đột lợi ích) và Chủ tịch Hội đồng. Chỉ tên, chức vụ, cơ quan của người được khen thưởng được công bố công khai.")
    String consent_who();

    @Message("Thời hạn lưu trữ")
    String consent_retention_title();

    @Message("Nếu không được khen thưởng, dữ liệu cá nhân được xóa (ẩn danh hóa) {months} tháng sau khi công bố kết quả. Nếu được khen thưởng, tên, chức vụ, cơ quan được lưu cùng quyết định khen thưởng theo quy định về lưu trữ.")
    String consent_retention(int months);

    @Message("Quyền của anh/chị")
    String consent_rights_title();

    @Message("Anh/chị có quyền đồng ý hoặc từ chối; rút lại sự đồng ý bất cứ lúc nào bằng đường dẫn này (hồ sơ khi đó được rút và dữ liệu cá nhân bị xóa); yêu cầu được biết, truy cập, chỉnh sửa hoặc xóa dữ liệu bằng cách liên hệ Ban Thư ký Chương trình; khiếu nại theo Nghị định 13/2023/NĐ-CP và Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.")
    String consent_rights();

    @Message("Phiên bản thông báo: {version}")
    String consent_version(String version);

    @Message("Quyết định của anh/chị")
    String consent_answer_title();

    @Message("Tôi đồng ý")
    String consent_give();

    @Message("Tôi không đồng ý")
    String consent_refuse();

    @Message("Rút lại sự đồng ý sẽ rút hồ sơ đề cử và xóa dữ liệu cá nhân của anh/chị; không thể hoàn tác.")
    String consent_withdraw_hint();

    @Message("Rút lại sự đồng ý")
    String consent_withdraw();
}
