package vn.dxawards.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible text of the pages, in Vietnamese (the default); English in
 * {@code messages/msg_en.properties}. Templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface AppMessages {

    @Message("DX Awards — Bình chọn TOP 100 chuyển đổi số")
    String app_title();

    @Message("Chuyển đến nội dung chính")
    String skip_to_content();

    @Message("Trang chủ")
    String nav_home();

    @Message("Công việc")
    String nav_tasks();

    @Message("Hồ sơ")
    String nav_dossiers();

    @Message("Kết quả công bố")
    String nav_results();

    @Message("Đăng nhập")
    String nav_login();

    @Message("Đăng xuất")
    String nav_logout();

    @Message("Ngôn ngữ")
    String nav_language();

    @Message("Xin chào, {name}")
    String home_greeting(String name);

    @Message("Vai trò")
    String home_roles();

    @Message("{#when role}{#is 'nominator'}Cơ quan đề cử{#is 'secretary'}Ban thư ký{#is 'juror'}Thành viên Hội đồng thẩm định{#is 'chair'}Chủ tịch Hội đồng{#is 'admin'}Quản trị chương trình{#is 'system'}Hệ thống (theo quy trình){#else}{role}{/when}")
    String role_name(String role);

    @Message("Việc cần làm")
    String home_open_tasks();

    @Message("Bạn có {count} công việc đang mở.")
    String home_task_count(long count);

    @Message("Đợt bình chọn")
    String home_campaigns();

    @Message("Giai đoạn")
    String label_phase();

    @Message("Đề cử đơn vị mới")
    String home_nominate();

    @Message("{#when phase}{#is 'NOMINATION'}Đề cử{#is 'APPRAISAL'}Thẩm định{#is 'DELIBERATION'}Thảo luận{#is 'DECISION'}Quyết định{#is 'PUBLISHED'}Đã công bố{/when}")
    String phase_name(String phase);

    @Message("{#when status}{#is 'DRAFT'}Bản nháp{#is 'SUBMITTED'}Đã nộp{#is 'SUPPLEMENT_REQUESTED'}Yêu cầu bổ sung{#is 'ACCEPTED'}Đã tiếp nhận{#is 'REJECTED'}Không tiếp nhận{#is 'WITHDRAWN'}Đã rút{#is 'IN_APPRAISAL'}Đang thẩm định{#is 'IN_DELIBERATION'}Đang thảo luận{#is 'AWARDED'}Được khen thưởng{#is 'NOT_AWARDED'}Không được khen thưởng{/when}")
    String status_name(String status);

    @Message("{#when type}{#is 'Task_Intake'}Tiếp nhận hồ sơ{#is 'Task_Supplement'}Bổ sung hồ sơ{#is 'Task_Score'}Chấm điểm hồ sơ{#is 'Task_Vote'}Thảo luận và biểu quyết{#is 'Task_Proposal'}Lập tờ trình Chủ tịch{#is 'Task_ChairDecision'}Quyết định của Chủ tịch Hội đồng{#is 'Task_Survey'}Khảo sát thực tế hồ sơ{#else}{type}{/when}")
    String task_type(String type);

    @Message("Danh sách công việc")
    String tasks_title();

    @Message("Loại công việc")
    String tasks_filter_type();

    @Message("Tất cả")
    String filter_all();

    @Message("Lọc")
    String filter_apply();

    @Message("Công việc")
    String tasks_col_task();

    @Message("Hồ sơ / đợt")
    String tasks_col_subject();

    @Message("Hạn xử lý")
    String tasks_col_due();

    @Message("Người xử lý")
    String tasks_col_assignee();

    @Message("Thao tác")
    String tasks_col_actions();

    @Message("Quá hạn")
    String tasks_overdue();

    @Message("Nhận việc")
    String tasks_claim();

    @Message("Trả lại nhóm")
    String tasks_unclaim();

    @Message("Mở")
    String tasks_open();

    @Message("Không có công việc nào.")
    String tasks_empty();

    @Message("Trang {page}/{pages}")
    String paging(int page, int pages);

    @Message("Trang trước")
    String paging_previous();

    @Message("Trang sau")
    String paging_next();

    @Message("Hồ sơ đề cử")
    String dossiers_title();

    @Message("Mã hồ sơ")
    String col_reference();

    @Message("Đơn vị / cá nhân được đề cử")
    String col_nominee();

    @Message("Hạng mục")
    String col_category();

    @Message("Địa phương")
    String col_locality();

    @Message("Trạng thái")
    String col_status();

    @Message("Chưa có hồ sơ nào.")
    String dossiers_empty();

    @Message("Tạo hồ sơ đề cử")
    String dossier_new_title();

    @Message("Sửa hồ sơ {reference}")
    String dossier_edit_title(String reference);

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

    @Message("-- Chọn --")
    String form_choose();

    @Message("Lưu bản nháp")
    String form_save();

    @Message("Không lưu được: {message}")
    String form_error(String message);

    @Message("Đã lưu.")
    String flash_saved();

    @Message("Đã nộp hồ sơ.")
    String flash_submitted();

    @Message("Đã tải tệp lên.")
    String flash_uploaded();

    @Message("Tiến trình hồ sơ")
    String dossier_timeline();

    @Message("Tệp đính kèm (PDF, tối đa {maxMb} MB)")
    String attachments_title(long maxMb);

    @Message("Chọn tệp PDF")
    String attachments_choose();

    @Message("Tải lên")
    String attachments_upload();

    @Message("Chưa có tệp đính kèm.")
    String attachments_empty();

    @Message("Nộp hồ sơ")
    String dossier_submit();

    @Message("Nộp hồ sơ này? Sau khi nộp, hồ sơ không thể sửa trừ khi Ban thư ký yêu cầu bổ sung.")
    String dossier_submit_confirm();

    @Message("Sửa hồ sơ")
    String dossier_edit();

    @Message("Ngày giờ")
    String timeline_when();

    @Message("Người thực hiện")
    String timeline_actor();

    @Message("Sự kiện")
    String timeline_event();

    @Message("Kết quả bình chọn {name}")
    String results_title(String name);

    @Message("Quyết định số {symbol}")
    String results_decision(String symbol);

    @Message("Hạng")
    String col_rank();

    @Message("Kết quả chưa được công bố.")
    String results_not_published();

    @Message("Tìm kiếm")
    String search();

    @Message("Chấm điểm hồ sơ {reference}")
    String scoring_title(String reference);

    @Message("Bộ tiêu chí")
    String scoring_rubric();

    @Message("Tiêu chí")
    String scoring_criterion();

    @Message("Trọng số")
    String scoring_weight();

    @Message("Điểm (0–10)")
    String scoring_score();

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

    @Message("Phiếu chấm của Hội đồng")
    String scoring_all();

    @Message("Thành viên")
    String scoring_juror();

    @Message("Khai báo xung đột lợi ích")
    String conflict_title();

    @Message("Lý do")
    String conflict_reason();

    @Message("Khai báo xung đột")
    String conflict_submit();

    @Message("Đã ghi nhận xung đột lợi ích; hồ sơ được chuyển cho thành viên khác.")
    String conflict_done();

    @Message("Thảo luận và biểu quyết")
    String deliberation_title();

    @Message("Điểm")
    String col_score();

    @Message("Phiếu của bạn")
    String deliberation_my_vote();

    @Message("{#when value}{#is 'APPROVE'}Tán thành{#is 'REJECT'}Không tán thành{#is 'ABSTAIN'}Không biểu quyết{#else}{value}{/when}")
    String vote_name(String value);

    @Message("Tán thành / Không tán thành / Không biểu quyết: {approve} / {reject} / {abstain} (tối thiểu {quorum} phiếu)")
    String deliberation_tally(int approve, int reject, int abstain, int quorum);

    @Message("Chưa có hồ sơ trong danh sách thảo luận.")
    String deliberation_empty();

    @Message("Quyết định của Chủ tịch Hội đồng")
    String decision_title();

    @Message("Tờ trình do Ban thư ký gửi lúc {when}")
    String decision_proposal_sent(String when);

    @Message("Danh sách đề nghị khen thưởng")
    String decision_awardees();

    @Message("Ý kiến khi trả lại")
    String decision_comment();

    @Message("Trả lại tờ trình")
    String decision_return();

    @Message("Ký quyết định khen thưởng")
    String decision_sign();

    @Message("Ký quyết định khen thưởng? Quyết định được ghi nhận và giữ kín đến khi công bố.")
    String decision_sign_confirm();

    @Message("Chữ ký trên máy chủ là chữ ký tổ chức (demo), không thay cho chữ ký số cá nhân của Chủ tịch.")
    String decision_demo_note();

    @Message("Quyết định {symbol} đã được ký.")
    String decision_signed(String symbol);

    @Message("Chưa có tờ trình chờ quyết định.")
    String decision_none();

    @Message("Tải quyết định (PDF)")
    String decision_download();

    @Message("Chữ ký số minh họa (demo): khóa và chứng thư do ứng dụng tự tạo khi chạy lần đầu (CA demo), không có giá trị pháp lý. Khi triển khai thật, cấu hình khóa ký số (DX_SIGNING_KEYSTORE) hoặc ký bằng thiết bị ký số của Chủ tịch.")
    String decision_demo_signature();

    @Message("Ký trên máy chủ bằng khóa ký số của tổ chức đã được cấu hình.")
    String decision_server_signature();

    @Message("Máy chủ không có khóa ký số: hãy ký bằng thiết bị ký số của mình.")
    String decision_no_server_key();

    @Message("Ký bằng thiết bị ký số của mình (USB token, ký số từ xa)")
    String decision_external_title();

    @Message("Tải dự thảo quyết định (PDF) về, ký số bằng thiết bị hoặc dịch vụ ký số từ xa của mình (PAdES, không sửa tệp), rồi tải tệp đã ký lên. Hệ thống chỉ nhận khi tệp đúng là dự thảo, chữ ký hợp lệ và chứng thư thuộc danh sách tin cậy.")
    String decision_external_steps();

    @Message("Tải dự thảo quyết định (PDF)")
    String decision_download_draft();

    @Message("Tệp quyết định đã ký")
    String decision_signed_file();

    @Message("Tải lên quyết định đã ký")
    String decision_upload_signed();

    @Message("Chứng thư: {certificate}; SHA-256 của tệp: {sha256}")
    String decision_signature_facts(String certificate, String sha256);

    @Message("chữ ký minh họa (demo) trên máy chủ")
    String decision_kind_demo();

    @Message("chữ ký của tổ chức trên máy chủ")
    String decision_kind_server();

    @Message("chữ ký số của người ký, tải lên")
    String decision_kind_external();

    @Message("Biên bản họp Hội đồng (PDF)")
    String minutes_download();

    @Message("Đợt bình chọn {name}")
    String campaign_title(String name);

    @Message("Các mốc thời gian")
    String campaign_windows();

    @Message("Đề cử: {start} – {end}")
    String campaign_window_nomination(String start, String end);

    @Message("Thẩm định: {start} – {end}")
    String campaign_window_appraisal(String start, String end);

    @Message("Chuyển sang giai đoạn tiếp theo")
    String campaign_advance();

    @Message("Đã chuyển giai đoạn.")
    String campaign_advanced();

    @Message("Hạng mục và bộ tiêu chí")
    String campaign_categories();

    @Message("{#when value}{#is 'ALL'}Tất cả{#is 'MINE'}Việc tôi đang giữ{#is 'UNCLAIMED'}Chưa có người nhận{#is 'OVERDUE'}Quá hạn{#else}{value}{/when}")
    String task_status(String value);

    @Message("Sắp xếp")
    String tasks_sort();

    @Message("{#when value}{#is 'DUE'}Hạn xử lý gần nhất{#is 'CREATED'}Mới nhất{#is 'TYPE'}Loại công việc{#else}{value}{/when}")
    String task_sort(String value);

    @Message("{count} công việc phù hợp.")
    String tasks_found(long count);

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

    @Message("Kiến nghị của Hội đồng thẩm định")
    String recommendations_title();

    @Message("Tiến độ tải lên")
    String upload_progress();

    @Message("Tệp vượt quá dung lượng cho phép ({maxMb} MB).")
    String upload_too_large(long maxMb);

    @Message("còn {days} ngày, đến hết ngày {date}")
    String deadline_days(long days, String date);

    @Message("hết hạn lúc 24:00 hôm nay")
    String deadline_today();

    @Message("đã quá hạn từ ngày {date}")
    String deadline_passed(String date);

    @Message("Thảo luận")
    String discussion_title();

    @Message("Thảo luận hồ sơ {reference}")
    String discussion_heading(String reference);

    @Message("{count} ý kiến")
    String discussion_count(long count);

    @Message("Chưa có ý kiến nào.")
    String discussion_empty();

    @Message("Ý kiến của bạn")
    String discussion_body();

    @Message("Gửi ý kiến")
    String discussion_post();

    @Message("Trả lời")
    String discussion_reply();

    @Message("Ý kiến chỉ được gửi trong giai đoạn thảo luận, với hồ sơ thuộc danh sách thảo luận.")
    String discussion_closed();

    @Message("Quay lại danh sách thảo luận")
    String discussion_back();

    @Message("Mở trong thẻ mới")
    String attachment_open_tab();

    @Message("Các hồ sơ có vị trí chưa ổn định (khả năng lọt vào danh sách khen thưởng từ 20% đến 80% khi lấy mẫu lại điểm của thành viên) được đưa lên đầu để thảo luận trước; sau đó theo thứ hạng.")
    String deliberation_order();

    @Message("{count} thành viên không biểu quyết do xung đột lợi ích")
    String deliberation_recused(int count);

    @Message("Hồ sơ được thông qua khi đủ số phiếu tối thiểu và {#when rule}{#is 'ABSOLUTE'}số phiếu tán thành nhiều hơn một nửa số phiếu đã bỏ{#is 'TWO_THIRDS'}số phiếu tán thành từ hai phần ba số phiếu đã bỏ trở lên{#else}số phiếu tán thành nhiều hơn số phiếu không tán thành{/when}; thành viên có xung đột lợi ích không được tính.")
    String deliberation_majority(String rule);
}
