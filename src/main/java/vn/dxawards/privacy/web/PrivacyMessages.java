package vn.dxawards.privacy.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the data subjects' requests page, in Vietnamese (the default); English in
 * {@code messages/privacy_en.properties}. Templates use them as {@code {privacy:key}}.
 */
@MessageBundle(value = "privacy", locale = "vi")
public interface PrivacyMessages {

    @Message("Yêu cầu của chủ thể dữ liệu")
    String title();

    @Message("Trả lời yêu cầu truy cập hoặc xóa dữ liệu cá nhân của một người (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân). Người được tìm theo địa chỉ thư điện tử hồ sơ lưu: của chính lãnh đạo được đề cử, hoặc của người liên hệ của đơn vị. Mỗi yêu cầu được ghi nhật ký dưới bí danh, không ghi địa chỉ.")
    String lead();

    @Message("Thư điện tử của người yêu cầu")
    String email();

    @Message("Xem dữ liệu đang lưu")
    String look_up();

    @Message("Dữ liệu đang lưu về {email}")
    String held(String email);

    @Message("Không có hồ sơ nào lưu địa chỉ này.")
    String nothing_held();

    @Message("Hồ sơ")
    String reference();

    @Message("Vai trò")
    String role();

    @Message("{#when role}{#is 'NOMINEE'}Lãnh đạo được đề cử{#is 'CONTACT'}Người liên hệ của đơn vị{#else}{role}{/when}")
    String role_name(String role);

    @Message("Trạng thái")
    String status();

    @Message("Dữ liệu")
    String data();

    @Message("Lưu đến")
    String kept_until();

    @Message("Đã xóa lúc")
    String erased_at();

    @Message("Thư đã gửi tới địa chỉ này: {count}")
    String messages(int count);

    @Message("Toàn bộ dữ liệu (JSON) để gửi người yêu cầu")
    String export();

    @Message("Xóa dữ liệu cá nhân")
    String erase_title();

    @Message("Dữ liệu cá nhân được ẩn danh hóa; hồ sơ đề cử lãnh đạo đang xét được rút trước. Ngoại lệ theo luật: tên, chức vụ, cơ quan của lãnh đạo được khen thưởng vẫn lưu cùng quyết định đã ký. Không thể hoàn tác.")
    String erase_lead();

    @Message("Căn cứ (đơn của người yêu cầu, ngày nhận)")
    String reason();

    @Message("Tôi xác nhận xóa dữ liệu cá nhân của người này; thao tác không thể hoàn tác.")
    String confirm();

    @Message("Cần đánh dấu xác nhận trước khi xóa.")
    String confirm_required();

    @Message("Xóa dữ liệu")
    String erase();

    @Message("Đã xóa dữ liệu cá nhân: ẩn danh {anonymised} hồ sơ, rút {withdrawn} hồ sơ, giữ theo luật {kept} hồ sơ.")
    String erased(int anonymised, int withdrawn, int kept);
}
