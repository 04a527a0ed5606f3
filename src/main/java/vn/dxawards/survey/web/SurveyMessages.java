package vn.dxawards.survey.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the field survey pages, in Vietnamese (the default); English in
 * {@code messages/survey_en.properties}. Templates use them as {@code {survey:key}}.
 */
@MessageBundle(value = "survey", locale = "vi")
public interface SurveyMessages {

    @Message("Khảo sát thực tế")
    String section();

    @Message("Chưa có đề nghị khảo sát nào.")
    String none();

    @Message("Đề nghị khảo sát")
    String request_link();

    @Message("Đề nghị khảo sát hồ sơ {reference}")
    String request_title(String reference);

    @Message("Ban thư ký hoặc Chủ tịch Hội đồng đề nghị một thành viên hội đồng (không có xung đột lợi ích với hồ sơ) khảo sát thực tế đơn vị được đề cử. Thành viên nhận việc trong danh sách công việc và thư điện tử.")
    String request_intro();

    @Message("Thành viên khảo sát")
    String field_surveyor();

    @Message("Hạn gửi kết quả")
    String field_due();

    @Message("Nội dung cần khảo sát")
    String field_purpose();

    @Message("Gửi đề nghị")
    String send();

    @Message("Khảo sát hồ sơ {reference}")
    String page_title(String reference);

    @Message("{#when status}{#is 'REQUESTED'}Đang chờ kết quả{#is 'DONE'}Đã có kết quả{#is 'CANCELLED'}Đã hủy (hồ sơ đã rút){#else}{status}{/when}")
    String status(String status);

    @Message("Người đề nghị")
    String requested_by();

    @Message("Ngày đề nghị")
    String requested_at();

    @Message("Kết quả khảo sát")
    String field_findings();

    @Message("Ngày khảo sát thực tế")
    String field_visited();

    @Message("Tệp đính kèm (PDF)")
    String files();

    @Message("Chưa có tệp đính kèm.")
    String no_files();

    @Message("Chọn tệp PDF")
    String choose_file();

    @Message("Tải lên")
    String upload();

    @Message("Ghi nhận kết quả và hoàn thành khảo sát")
    String record();

    @Message("Sau khi ghi nhận, kết quả khảo sát không thể thay đổi.")
    String record_hint();

    @Message("Xem / ghi kết quả")
    String open();

    @Message("Về trang hồ sơ")
    String back();

    @Message("Đã ghi nhận kết quả khảo sát.")
    String recorded();

    @Message("Đã tải lên tệp đính kèm.")
    String uploaded();
}
