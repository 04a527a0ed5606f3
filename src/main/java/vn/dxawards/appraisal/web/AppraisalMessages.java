package vn.dxawards.appraisal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the appraisal pages (the council, the assignment of jurors, scoring, overdue
 * scorecards, the jury's advice on a dossier), in Vietnamese (the default); English in
 * {@code messages/appraisal_en.properties}. Templates use them as {@code {appraisal:key}}.
 */
@MessageBundle(value = "appraisal", locale = "vi")
public interface AppraisalMessages {

    // --- the council -----------------------------------------------------------------------------

    @Message("Hội đồng thẩm định: {campaign}")
    String council_title(String campaign);

    @Message("Thành viên Hội đồng là người dùng có vai trò “juror” trong hệ thống định danh (Keycloak); Chủ tịch Hội đồng cũng là thành viên. Đơn vị công tác và địa phương dùng để phát hiện xung đột lợi ích; lĩnh vực chuyên môn (thuộc tính “expertise”) dùng khi phân công. Thêm, bớt thành viên hoặc sửa các thông tin này trong trang quản trị Keycloak, rồi cập nhật lại danh sách.")
    String council_intro();

    @Message("Mở trang quản trị người dùng (Keycloak)")
    String council_admin_console();

    @Message("Cập nhật từ Keycloak")
    String council_refresh();

    @Message("Đã cập nhật danh sách Hội đồng từ Keycloak.")
    String council_refreshed();

    @Message("Không đọc được danh sách từ Keycloak; đang hiển thị danh sách đã lưu lần trước.")
    String council_directory_down();

    @Message("Hội đồng thẩm định")
    String council_caption();

    @Message("Thành viên")
    String council_member();

    @Message("Đơn vị công tác")
    String council_org();

    @Message("Địa phương")
    String council_province();

    @Message("Lĩnh vực chuyên môn")
    String council_expertise();

    @Message("Số hồ sơ được phân công")
    String council_load();

    @Message("Xung đột đã khai báo")
    String council_conflicts();

    @Message("Tình trạng")
    String council_status();

    @Message("Chủ tịch Hội đồng")
    String council_chair();

    @Message("Đang tham gia")
    String council_active();

    @Message("Không còn vai trò thành viên (phiếu đã bỏ vẫn giữ nguyên)")
    String council_left();

    @Message("{count} thành viên đang tham gia")
    String council_count(long count);

    // --- assignment ------------------------------------------------------------------------------

    @Message("Phân công thẩm định — {campaign}")
    String assignments_title(String campaign);

    @Message("Mỗi hồ sơ được phân công {k} thành viên Hội đồng thẩm định; không phân công thành viên có xung đột lợi ích.")
    String assignments_intro(int k);

    @Message("Phân công tự động")
    String assignments_auto();

    @Message("Chỉ bổ sung các vị trí còn trống; không thay đổi phân công đã bắt đầu.")
    String assignments_auto_hint();

    @Message("Đã phân công thêm {created} lượt.")
    String assignments_result(int created);

    @Message("Đang mở phiếu chấm cho thành viên: {started} / {total} lượt phân công đã sẵn sàng; phần còn lại được mở dần trong nền.")
    String assignments_progress(long started, long total);

    @Message("Tải lại trang để xem tiến độ")
    String assignments_progress_reload();

    @Message("Hồ sơ chưa đủ thành viên")
    String assignments_unfilled_title();

    @Message("Mọi hồ sơ đã đủ thành viên.")
    String assignments_all_filled();

    @Message("Chưa có hồ sơ nào được tiếp nhận.")
    String assignments_empty();

    @Message("Mỗi hồ sơ {k} thành viên; mỗi thành viên từ {min} đến {max} hồ sơ. Phân công tự động ưu tiên thành viên cùng chuyên môn với hạng mục của hồ sơ và giữ khối lượng đều giữa các thành viên; phân công đã có được giữ nguyên.")
    String settings(int k, int min, int max);

    @Message("Thành viên dưới mức tối thiểu")
    String below_title();

    @Message("Khối lượng của từng thành viên")
    String loads_caption();

    @Message("Thành viên")
    String col_member();

    @Message("Chuyên môn")
    String col_expertise();

    @Message("Số hồ sơ")
    String col_load();

    @Message("{#if below}dưới mức tối thiểu{#else if full}đã đạt mức tối đa{#else}trong giới hạn{/if}")
    String load_state(boolean below, boolean full);

    @Message("(chưa khai báo)")
    String no_expertise();

    @Message("Điều chỉnh phân công")
    String manual_title();

    @Message("Thêm hoặc gỡ một thành viên trên một hồ sơ. Các ràng buộc vẫn được giữ: không xung đột lợi ích, không quá {k} thành viên mỗi hồ sơ, không quá số hồ sơ tối đa, không gỡ thành viên đã bắt đầu chấm.")
    String manual_hint(int k);

    @Message("Hồ sơ")
    String field_dossier();

    @Message("Thành viên")
    String field_juror();

    @Message("Thêm thành viên")
    String add();

    @Message("Gỡ thành viên")
    String remove();

    @Message("{#when done}{#is 'added'}Đã thêm thành viên vào hồ sơ.{#is 'removed'}Đã gỡ thành viên khỏi hồ sơ.{#else}{done}{/when}")
    String done(String done);

    @Message("Bảng phân công: mỗi hàng là một hồ sơ, mỗi cột là một thành viên Hội đồng")
    String assignments_caption();

    @Message("Hồ sơ")
    String col_dossier();

    @Message("Đã phân công")
    String col_assigned();

    @Message("Số hồ sơ được phân công")
    String row_load();

    @Message("{#when state}{#is 'ACTIVE'}Đang chấm{#is 'DONE'}Đã chấm{#else}{state}{/when}")
    String mark(String state);

    @Message("Xung đột ({#when reason}{#is 'NOMINATING_BODY'}cơ quan đề cử{#is 'NOMINEE'}đơn vị được đề cử{#is 'LOCALITY'}cùng địa phương{#is 'DECLARED'}đã khai báo{#else}{reason}{/when})")
    String conflict(String reason);

    @Message("Chủ tịch")
    String chair();

    @Message("thiếu {missing}")
    String missing(int missing);

    @Message("Không đọc được danh sách Hội đồng từ dịch vụ danh bạ; bảng dùng danh sách đã lưu.")
    String council_unavailable();

    // --- scoring ---------------------------------------------------------------------------------

    @Message("Chấm điểm hồ sơ {reference}")
    String scoring_title(String reference);

    @Message("Mở trong thẻ mới")
    String attachment_open_tab();

    @Message("Bộ tiêu chí")
    String scoring_rubric();

    @Message("Điểm (0–10)")
    String scoring_score();

    @Message("Nhận xét tiêu chí")
    String col_criterion_comment();

    @Message("Nhận xét về tiêu chí {code} (bắt buộc khi chấm 0 hoặc 10)")
    String criterion_comment_label(String code);

    @Message("Điểm 0 hoặc 10 cần có nhận xét riêng cho tiêu chí đó. Đề xuất loại \"Khác\" cần ghi rõ nội dung.")
    String rules_hint();

    @Message("Tổng điểm có trọng số")
    String scoring_total();

    @Message("Nhận xét")
    String scoring_comment();

    @Message("Kiến nghị")
    String scoring_recommendation();

    @Message("{#when value}{#is 'AWARD'}Đề nghị khen thưởng{#is 'NO_AWARD'}Không đề nghị khen thưởng{#is 'UNDECIDED'}Chưa quyết định{#else}{value}{/when}")
    String recommendation_name(String value);

    @Message("Đề xuất giải pháp hỗ trợ")
    String scoring_proposals();

    @Message("{#when value}{#is 'TRAINING'}Đào tạo{#is 'APPLICATION'}Ứng dụng{#is 'PLATFORM'}Nền tảng{#is 'OTHER'}Khác{#else}{value}{/when}")
    String proposal_name(String value);

    @Message("Nội dung đề xuất: {type}")
    String scoring_proposal_text(String type);

    @Message("Lưu nháp")
    String scoring_save();

    @Message("Nộp phiếu chấm")
    String scoring_submit();

    @Message("Nộp phiếu chấm? Sau khi nộp, phiếu không thể sửa.")
    String scoring_submit_confirm();

    @Message("Phiếu chấm đã nộp lúc {when}.")
    String scoring_submitted_at(String when);

    @Message("Đã lưu.")
    String scoring_saved();

    // --- moving through one's dossiers, autosave ------------------------------------------------

    @Message("Đã tự động lưu bản nháp lúc {time}.")
    String autosaved(String time);

    @Message("Chưa lưu được bản nháp: {reason} Nội dung đã nhập vẫn còn trên trang.")
    String autosave_refused(String reason);

    @Message("Không kết nối được máy chủ: bản nháp chưa được lưu. Nội dung đã nhập vẫn còn trên trang; hãy thử lại.")
    String autosave_offline();

    @Message("Đang lưu bản nháp…")
    String autosaving();

    @Message("Hồ sơ của tôi")
    String queue_title();

    @Message("Hồ sơ {position.num} / {count.num} · đã nộp {done.num} / {count.num} phiếu chấm")
    String queue_position(int position, int count, long done);

    @Message("← Hồ sơ trước: {reference}")
    String queue_previous(String reference);

    @Message("Hồ sơ sau: {reference} →")
    String queue_next(String reference);

    @Message("Hồ sơ tiếp theo chưa chấm: {reference}")
    String queue_next_open(String reference);

    @Message("Bạn đã nộp phiếu chấm cho mọi hồ sơ được phân công.")
    String queue_all_done();

    @Message("Phiếu chấm của Hội đồng")
    String scoring_all();

    @Message("Thành viên")
    String scoring_juror();

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

    @Message("Khai báo xung đột lợi ích")
    String conflict_title();

    @Message("Lý do")
    String conflict_reason();

    @Message("Khai báo xung đột")
    String conflict_submit();

    // --- overdue scorecards ----------------------------------------------------------------------

    @Message("Phiếu chấm quá hạn — {campaign}")
    String overdue_title(String campaign);

    @Message("Các phiếu chấm đã quá hạn mà thành viên hội đồng chưa nộp. Ban thư ký có thể giao lại phiếu chấm cho một thành viên khác không có xung đột lợi ích và chưa được phân công hồ sơ; phiếu chấm cũ kết thúc và thành viên mới nhận thư điện tử.")
    String overdue_intro();

    @Message("Không có phiếu chấm nào quá hạn.")
    String overdue_empty();

    @Message("Danh sách phiếu chấm quá hạn")
    String overdue_caption();

    @Message("Hồ sơ")
    String overdue_col_dossier();

    @Message("Thành viên")
    String overdue_col_juror();

    @Message("Hạn chấm")
    String overdue_col_due();

    @Message("Số ngày quá hạn")
    String overdue_col_days();

    @Message("Bản nháp")
    String overdue_col_draft();

    @Message("Giao lại")
    String overdue_col_reassign();

    @Message("{#if saved}Đã lưu nháp{#else}Chưa có{/if}")
    String overdue_draft(boolean saved);

    @Message("Giao cho")
    String overdue_choose();

    @Message("Giao lại")
    String overdue_reassign();

    @Message("Không còn thành viên nào phù hợp để giao lại.")
    String overdue_no_candidate();

    @Message("Đã giao lại phiếu chấm hồ sơ {reference} cho {juror}.")
    String overdue_done(String reference, String juror);

    // --- the jury's advice on a dossier ----------------------------------------------------------

    @Message("Kiến nghị của Hội đồng thẩm định")
    String recommendations_title();
}
