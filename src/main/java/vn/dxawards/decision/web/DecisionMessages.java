package vn.dxawards.decision.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the chair's decision page, in Vietnamese (the default); English in
 * {@code messages/decision_en.properties}. Templates use them as {@code {decision:key}}.
 */
@MessageBundle(value = "decision", locale = "vi")
public interface DecisionMessages {

    @Message("Quyết định của Chủ tịch Hội đồng")
    String title();

    @Message("Tờ trình do Ban thư ký gửi lúc {when}")
    String proposal_sent(String when);

    @Message("Danh sách đề nghị khen thưởng")
    String awardees();

    @Message("Ý kiến khi trả lại")
    String comment();

    @Message("Trả lại tờ trình")
    String return_proposal();

    @Message("Ký quyết định khen thưởng")
    String sign();

    @Message("Xác nhận ký quyết định khen thưởng")
    String sign_confirm_title();

    @Message("Quyết định khen thưởng {count} đơn vị, cá nhân của {campaign} sẽ được ký số và ghi nhận: sau khi ký không thể sửa, huỷ hay ký lại; kết quả được giữ kín đến khi công bố.")
    String sign_confirm_consequence(int count, String campaign);

    @Message("Xác nhận ký quyết định")
    String sign_confirm_button();

    @Message("Quay lại, chưa ký")
    String sign_confirm_cancel();

    @Message("Xác nhận trả lại tờ trình")
    String return_confirm_title();

    @Message("Tờ trình của Ban Thư ký về {campaign} sẽ được trả lại cùng ý kiến dưới đây: đợt bình chọn quay lại giai đoạn thảo luận và Ban Thư ký phải lập, gửi lại tờ trình. Không thể hoàn tác.")
    String return_confirm_consequence(String campaign);

    @Message("Xác nhận trả lại tờ trình")
    String return_confirm_button();

    @Message("Quay lại, chưa trả lại")
    String return_confirm_cancel();

    @Message("Chữ ký trên máy chủ là chữ ký tổ chức (demo), không thay cho chữ ký số cá nhân của Chủ tịch.")
    String demo_note();

    @Message("Quyết định {symbol} đã được ký.")
    String signed(String symbol);

    @Message("Chưa có tờ trình chờ quyết định.")
    String none();

    @Message("Tải quyết định (PDF)")
    String download();

    @Message("Chữ ký số minh họa (demo): khóa và chứng thư do ứng dụng tự tạo khi chạy lần đầu (CA demo), không có giá trị pháp lý. Khi triển khai thật, cấu hình khóa ký số (DX_SIGNING_KEYSTORE) hoặc ký bằng thiết bị ký số của Chủ tịch.")
    String demo_signature();

    @Message("Ký trên máy chủ bằng khóa ký số của tổ chức đã được cấu hình.")
    String server_signature();

    @Message("Máy chủ không có khóa ký số: hãy ký bằng thiết bị ký số của mình.")
    String no_server_key();

    @Message("Ký bằng thiết bị ký số của mình (USB token, ký số từ xa)")
    String external_title();

    @Message("Tải dự thảo quyết định (PDF) về, ký số bằng thiết bị hoặc dịch vụ ký số từ xa của mình (PAdES, không sửa tệp), rồi tải tệp đã ký lên. Hệ thống chỉ nhận khi tệp đúng là dự thảo, chữ ký hợp lệ và chứng thư thuộc danh sách tin cậy; quyết định được ban hành sau khi anh/chị xác nhận ở trang tiếp theo.")
    String external_steps();

    @Message("Tải dự thảo quyết định (PDF)")
    String download_draft();

    @Message("Tệp quyết định đã ký")
    String signed_file();

    @Message("Tải lên quyết định đã ký")
    String upload_signed();

    @Message("Xác nhận ban hành quyết định đã ký")
    String upload_confirm_title();

    @Message("Tệp đã ký hợp lệ. Quyết định {symbol} khen thưởng {count} đơn vị, cá nhân của {campaign} sẽ được ghi nhận là đã ký bằng tệp này: sau đó không thể sửa, huỷ, ký lại hay thay bằng tệp khác; kết quả được giữ kín đến khi công bố.")
    String upload_confirm_consequence(String symbol, long count, String campaign);

    @Message("Xác nhận ban hành quyết định")
    String upload_confirm_button();

    @Message("Quay lại, chưa ban hành")
    String upload_confirm_cancel();

    @Message("Chứng thư: {certificate}; SHA-256 của tệp: {sha256}")
    String signature_facts(String certificate, String sha256);

    @Message("chữ ký minh họa (demo) trên máy chủ")
    String kind_demo();

    @Message("chữ ký của tổ chức trên máy chủ")
    String kind_server();

    @Message("chữ ký số của người ký, tải lên")
    String kind_external();
}
