package vn.dxawards.publication.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the publication (the published results, certificates and their verification, the
 * yearbook, the exports), in Vietnamese (the default); English in
 * {@code messages/publication_en.properties}. Templates use them as {@code {publication:key}}.
 */
@MessageBundle(value = "publication", locale = "vi")
public interface PublicationMessages {

    // --- the results -----------------------------------------------------------------------------

    @Message("Kết quả bình chọn {name}")
    String results_title(String name);

    @Message("Quyết định số {symbol}")
    String results_decision(String symbol);

    @Message("Kết quả chưa được công bố.")
    String results_not_published();

    @Message("Tìm kiếm")
    String search();

    // --- certificates, the yearbook and the exports ----------------------------------------------

    @Message("Xác minh giấy chứng nhận")
    String verify_title();

    @Message("Nhập số in trên giấy chứng nhận (ví dụ TOP100-2026-001), hoặc quét mã QR trên giấy chứng nhận.")
    String verify_intro();

    @Message("Số giấy chứng nhận")
    String verify_number();

    @Message("Xác minh")
    String verify_submit();

    @Message("Giấy chứng nhận số {number} là hợp lệ.")
    String verify_valid(String number);

    @Message("Giấy chứng nhận số {number} đã bị thu hồi.")
    String verify_revoked(String number);

    @Message("Đối chiếu tên đơn vị, hạng mục và số quyết định dưới đây với giấy chứng nhận bạn đang cầm: nếu khác nhau, giấy chứng nhận đó không do chương trình cấp.")
    String verify_compare();

    @Message("Không tìm thấy giấy chứng nhận số {number}")
    String verify_unknown_title(String number);

    @Message("Chương trình không cấp giấy chứng nhận nào mang số này. Hãy kiểm tra lại số đã nhập; nếu số được in trên một giấy chứng nhận, giấy chứng nhận đó không phải do chương trình cấp.")
    String verify_unknown();

    @Message("Đơn vị, cá nhân được chứng nhận")
    String field_holder();

    @Message("Hạng mục")
    String field_category();

    @Message("Địa phương")
    String field_locality();

    @Message("Đợt bình chọn")
    String field_campaign();

    @Message("Quyết định khen thưởng")
    String field_decision();

    @Message("Số {symbol} ngày {date}")
    String decision_ref(String symbol, String date);

    @Message("Ngày cấp")
    String field_issued();

    @Message("Ngày thu hồi")
    String field_revoked();

    @Message("Lý do thu hồi")
    String field_revoked_reason();

    @Message("Tải giấy chứng nhận (PDF)")
    String certificate_download();

    @Message("Giấy chứng nhận")
    String col_certificate();

    @Message("Tải kỷ yếu (PDF)")
    String yearbook_download();

    @Message("Dữ liệu kết quả (JSON)")
    String feed_link();

    @Message("Giấy chứng nhận {number}")
    String certificate_link(String number);

    // --- revoking a certificate (programme staff, after publication; confirmed on its own page) ---

    @Message("Thu hồi giấy chứng nhận")
    String revoke_link();

    @Message("Thu hồi giấy chứng nhận {number}")
    String revoke_title(String number);

    @Message("Sau khi thu hồi, trang xác minh của giấy chứng nhận (địa chỉ trong mã QR) sẽ báo giấy chứng nhận đã bị thu hồi, kèm thời điểm và lý do dưới đây. Không thể hoàn tác.")
    String revoke_consequence();

    @Message("Lý do thu hồi (hiển thị công khai trên trang xác minh)")
    String revoke_reason();

    @Message("Xác nhận thu hồi giấy chứng nhận {number}")
    String revoke_submit(String number);

    @Message("Không thu hồi, quay lại hồ sơ")
    String revoke_cancel();

    @Message("Tất cả hạng mục")
    String all_categories();

    @Message("Tất cả địa phương")
    String all_localities();

    @Message("Xuất dữ liệu")
    String exports_title();

    @Message("Kết quả (CSV)")
    String export_results_csv();

    @Message("Kết quả (Excel)")
    String export_results_xlsx();

    @Message("Điểm chấm chi tiết (CSV)")
    String export_scores_csv();

    @Message("Điểm chấm chi tiết (Excel)")
    String export_scores_xlsx();
}
