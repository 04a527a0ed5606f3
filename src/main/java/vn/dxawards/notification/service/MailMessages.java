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
            + "{#is 'SURVEY_REQUESTED'}Đề nghị khảo sát hồ sơ {reference}{#else}Thông báo về hồ sơ {reference}{/when}")
    String subject(String kind, String reference);

    @Message("Kính gửi {name},")
    String greeting(String name);

    @Message("{#when kind}"
            + "{#is 'SCORING_REMINDER'}Hồ sơ {reference} ({nominee}) được phân công cho anh/chị cần được chấm điểm trước 24:00 ngày {due} (giờ Việt Nam)."
            + "{#is 'SCORING_OVERDUE'}Phiếu chấm hồ sơ {reference} ({nominee}) của thành viên {juror} đã quá hạn (hạn 24:00 ngày {due}). Ban thư ký có thể giao lại phiếu chấm cho thành viên khác."
            + "{#is 'SCORING_REASSIGNED'}Ban thư ký giao anh/chị chấm điểm hồ sơ {reference} ({nominee}) thay cho một thành viên đã quá hạn. Hạn chấm: 24:00 ngày {due} (giờ Việt Nam)."
            + "{#is 'SURVEY_REQUESTED'}Anh/chị được đề nghị khảo sát thực tế hồ sơ {reference} ({nominee}). Hạn gửi kết quả khảo sát: 24:00 ngày {due} (giờ Việt Nam)."
            + "{#else}Có thông báo mới về hồ sơ {reference}.{/when}")
    String body(String kind, String reference, String nominee, String due, String juror);

    @Message("Mở trang công việc")
    String open_link();

    @Message("Thư này được gửi tự động từ hệ thống DX Awards; vui lòng không trả lời thư này.")
    String footer();
}
