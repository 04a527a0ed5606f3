package vn.dxawards.notification.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the e-mails, in Vietnamese (the default); English in
 * {@code messages/mail_en.properties}, for people whose identity-provider locale is {@code en}.
 */
@MessageBundle(value = "mail", locale = "vi")
public interface MailMessages {

    @Message("{#when kind}{#is 'SCORING_REMINDER'}Nhắc hạn chấm điểm hồ sơ {reference}"
            + "{#is 'SCORING_OVERDUE'}Phiếu chấm quá hạn: hồ sơ {reference}"
            + "{#is 'SCORING_REASSIGNED'}Anh/chị được giao chấm điểm hồ sơ {reference}"
            + "{#is 'SURVEY_REQUESTED'}Đề nghị khảo sát hồ sơ {reference}"
            + "{#is 'SUBMISSION_RECEIVED'}Phiếu tiếp nhận hồ sơ {reference}"
            + "{#is 'SUPPLEMENT_REQUESTED'}Yêu cầu bổ sung hồ sơ {reference}"
            + "{#is 'SUPPLEMENT_REMINDER'}Nhắc hạn bổ sung hồ sơ {reference}"
            + "{#is 'DOSSIER_ACCEPTED'}Hồ sơ {reference} đã được chấp nhận"
            + "{#is 'DOSSIER_REJECTED'}Hồ sơ {reference} không được chấp nhận"
            + "{#is 'OUTCOME_AWARDED'}Kết quả bình chọn: hồ sơ {reference} được khen thưởng"
            + "{#is 'OUTCOME_NOT_AWARDED'}Kết quả bình chọn: hồ sơ {reference}"
            + "{#is 'CONSENT_REQUEST'}Đề nghị đồng ý xử lý dữ liệu cá nhân: hồ sơ đề cử {reference}"
            + "{#is 'CONSENT_GIVEN'}Người được đề cử đã đồng ý: hồ sơ {reference}"
            + "{#is 'CONSENT_REFUSED'}Người được đề cử đã từ chối: hồ sơ {reference}"
            + "{#is 'CONSENT_WITHDRAWN'}Người được đề cử rút lại sự đồng ý: hồ sơ {reference}"
            + "{#is 'COUNCIL_ASSIGNED'}Anh/chị được phân công chấm điểm hồ sơ trong {reference}"
            + "{#is 'DELIBERATION_OPENED'}Hội đồng thẩm định bắt đầu thảo luận và biểu quyết: {reference}"
            + "{#is 'PROPOSAL_RECEIVED'}Tờ trình của Hội đồng thẩm định đã được gửi Chủ tịch: {reference}"
            + "{#else}Thông báo về hồ sơ {reference}{/when}")
    String subject(String kind, String reference);

    @Message("Kính gửi {name},")
    String greeting(String name);

    @Message("{#when kind}"
            + "{#is 'SCORING_REMINDER'}Hồ sơ {reference} ({nominee}) được phân công cho anh/chị cần được chấm điểm trước 24:00 ngày {due} (giờ Việt Nam)."
            + "{#is 'SCORING_OVERDUE'}Phiếu chấm hồ sơ {reference} ({nominee}) của thành viên {juror} đã quá hạn (hạn 24:00 ngày {due}). Ban thư ký có thể giao lại phiếu chấm cho thành viên khác."
            + "{#is 'SCORING_REASSIGNED'}Ban thư ký giao anh/chị chấm điểm hồ sơ {reference} ({nominee}) thay cho một thành viên đã quá hạn. Hạn chấm: 24:00 ngày {due} (giờ Việt Nam)."
            + "{#is 'SURVEY_REQUESTED'}Anh/chị được đề nghị khảo sát thực tế hồ sơ {reference} ({nominee}). Hạn gửi kết quả khảo sát: 24:00 ngày {due} (giờ Việt Nam)."
            + "{#is 'SUBMISSION_RECEIVED'}Ban Thư ký đã tiếp nhận hồ sơ đề cử {reference} ({nominee}). Phiếu tiếp nhận được gửi kèm thư này; dự kiến có kết quả xem xét trước 24:00 ngày {due} (giờ Việt Nam)."
            + "{#is 'SUPPLEMENT_REQUESTED'}Ban Thư ký đề nghị bổ sung hồ sơ {reference} ({nominee}). Hạn bổ sung: 24:00 ngày {due} (giờ Việt Nam)."
            + "{#is 'SUPPLEMENT_REMINDER'}Hồ sơ {reference} ({nominee}) chưa được bổ sung. Hạn bổ sung: 24:00 ngày {due} (giờ Việt Nam); quá hạn, hồ sơ được xem xét theo hiện trạng."
            + "{#is 'DOSSIER_ACCEPTED'}Hồ sơ {reference} ({nominee}) đã được Ban Thư ký chấp nhận và chuyển sang thẩm định."
            + "{#is 'DOSSIER_REJECTED'}Hồ sơ {reference} ({nominee}) không được Ban Thư ký chấp nhận."
            + "{#is 'OUTCOME_AWARDED'}Chúc mừng: hồ sơ {reference} ({nominee}) được khen thưởng. Giấy chứng nhận và ý kiến, khuyến nghị của Hội đồng thẩm định có tại đường dẫn dưới đây."
            + "{#is 'OUTCOME_NOT_AWARDED'}Hồ sơ {reference} ({nominee}) không nằm trong danh sách được khen thưởng. Ý kiến và khuyến nghị của Hội đồng thẩm định có trên trang hồ sơ."
            + "{#is 'CONSENT_REQUEST'}Anh/chị được đề cử xét tặng danh hiệu Lãnh đạo tiêu biểu trong Chương trình Thúc đẩy chuyển đổi số quốc gia (hồ sơ {reference}). Theo Nghị định 13/2023/NĐ-CP và Luật Bảo vệ dữ liệu cá nhân, hồ sơ chỉ được nộp khi chính anh/chị đồng ý cho xử lý dữ liệu cá nhân. Mở đường dẫn dưới đây (dùng một lần, có hiệu lực đến {due}) để đọc thông báo và đồng ý hoặc từ chối."
            + "{#is 'CONSENT_GIVEN'}Người được đề cử trong hồ sơ {reference} đã đồng ý cho xử lý dữ liệu cá nhân; đơn vị có thể nộp hồ sơ."
            + "{#is 'CONSENT_REFUSED'}Người được đề cử trong hồ sơ {reference} đã từ chối cho xử lý dữ liệu cá nhân; hồ sơ không thể nộp."
            + "{#is 'CONSENT_WITHDRAWN'}Người được đề cử trong hồ sơ {reference} đã rút lại sự đồng ý; hồ sơ đã được rút và dữ liệu cá nhân của người đó đã bị xóa."
            + "{#is 'COUNCIL_ASSIGNED'}Anh/chị là thành viên Hội đồng thẩm định của {reference} và đã được phân công chấm điểm hồ sơ. Danh sách hồ sơ và hạn chấm có trong danh sách công việc của anh/chị; trước khi chấm, anh/chị khai báo nếu có xung đột lợi ích với hồ sơ nào."
            + "{#is 'DELIBERATION_OPENED'}Giai đoạn thảo luận của {reference} đã mở: Hội đồng thẩm định xem bảng xếp hạng, góp ý và biểu quyết từng hồ sơ trong danh sách xét chọn."
            + "{#is 'PROPOSAL_RECEIVED'}Ban Thư ký đã gửi tờ trình kết quả xét chọn của Hội đồng thẩm định ({reference}). Đề nghị Chủ tịch Hội đồng xem xét, ký quyết định khen thưởng hoặc trả lại kèm ý kiến."
            + "{#else}Có thông báo mới về hồ sơ {reference}.{/when}")
    String body(String kind, String reference, String nominee, String due, String juror);

    @Message("Mở trang công việc")
    String open_link();

    @Message("{#when kind}{#is 'DOSSIER_REJECTED'}Lý do{#is 'OUTCOME_AWARDED'}Giấy chứng nhận{#else}Nội dung{/when}")
    String note_label(String kind);

    @Message("Thông báo")
    String notifications_title();

    @Message("Chưa có thông báo nào.")
    String notifications_empty();

    @Message("Đánh dấu đã đọc")
    String mark_read();

    @Message("Chưa đọc")
    String unread();

    @Message("{count} thông báo chưa đọc")
    String unread_count(long count);

    @Message("Thời gian")
    String when();

    @Message("Thư này được gửi tự động từ hệ thống DX Awards; vui lòng không trả lời thư này.")
    String footer();

    @Message("Hộp thư minh họa (demo)")
    String demo_mailbox_title();

    @Message("Mọi thư hệ thống đã gửi trong bản minh họa, mới nhất trước; mở đường dẫn trong thư như người nhận.")
    String demo_mailbox_lead();
}
