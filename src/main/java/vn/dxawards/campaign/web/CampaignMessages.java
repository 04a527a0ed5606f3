package vn.dxawards.campaign.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the campaign pages (a campaign, its set-up, its rubrics) and the campaign's own
 * vocabulary (phases, rubric columns) that pages of the features above show too, in Vietnamese
 * (the default); English in {@code messages/campaign_en.properties}. Templates use them as
 * {@code {campaign:key}}.
 */
@MessageBundle(value = "campaign", locale = "vi")
public interface CampaignMessages {

    // --- a campaign's vocabulary -----------------------------------------------------------------

    @Message("Đợt bình chọn")
    String campaigns();

    @Message("Giai đoạn")
    String label_phase();

    @Message("{#when phase}{#is 'NOMINATION'}Đề cử{#is 'APPRAISAL'}Thẩm định{#is 'DELIBERATION'}Thảo luận{#is 'DECISION'}Quyết định{#is 'PUBLISHED'}Đã công bố{/when}")
    String phase_name(String phase);

    @Message("Tiêu chí")
    String col_criterion();

    @Message("Trọng số")
    String col_weight();

    // --- a campaign ------------------------------------------------------------------------------

    @Message("Đợt bình chọn {name}")
    String title(String name);

    @Message("Chuyển sang giai đoạn tiếp theo")
    String advance();

    @Message("Đã chuyển giai đoạn.")
    String advanced();

    // --- amending a campaign ----------------------------------------------------------------------

    @Message("Sửa đổi đợt bình chọn")
    String amend_link();

    @Message("Sửa đổi đợt bình chọn {name}")
    String amend_title(String name);

    @Message("Đã lưu các thay đổi của đợt bình chọn.")
    String amended();

    @Message("Ngày hoặc giờ không hợp lệ.")
    String amend_bad_date();

    @Message("Hạn đề cử")
    String amend_nomination_end();

    @Message("Hạn thẩm định")
    String amend_appraisal_end();

    @Message("Ngày công bố kết quả")
    String amend_publication_date();

    @Message("Giờ công bố (giờ Việt Nam)")
    String amend_publication_time();

    @Message("Thời hạn chỉ thay đổi được khi giai đoạn đó chưa kết thúc; muốn kết thúc sớm, dùng nút chuyển giai đoạn.")
    String amend_windows_hint();

    @Message("Chọn các thành viên Hội đồng thẩm định của đợt này trong số tài khoản có vai trò Hội đồng. Chọn tất cả nghĩa là mọi thành viên Hội đồng. Chỉ thay đổi được trước khi bắt đầu thảo luận.")
    String amend_council_hint();

    @Message("Chủ tịch Hội đồng")
    String amend_chair();

    @Message("Cơ quan ban hành quyết định")
    String amend_issuer();

    @Message("Để trống để dùng giá trị mặc định của hệ thống. Chỉ thay đổi được trước khi tờ trình được gửi Chủ tịch Hội đồng.")
    String amend_issuer_hint();

    @Message("Tên cơ quan ban hành")
    String amend_issuing_body();

    @Message("Ký hiệu cơ quan ban hành (trong số quyết định)")
    String amend_issuer_code();

    @Message("Cơ quan chủ quản (dòng trên tên cơ quan ban hành)")
    String amend_parent_body();

    @Message("Địa danh (nơi ban hành)")
    String amend_place();

    @Message("Thẩm quyền ban hành (ở đầu quyết định)")
    String amend_authority();

    @Message("Thẩm quyền ban hành (viết trong câu)")
    String amend_authority_in_text();

    @Message("Chức vụ người ký")
    String amend_signer_title();

    @Message("Hạng mục")
    String amend_categories();

    @Message("Sửa tên hay chỉ tiêu khen thưởng của hạng mục. Chỉ tiêu để trống là không giới hạn riêng. Khi Hội đồng đang biểu quyết, chỉ tiêu không thể thấp hơn số hồ sơ đã được biểu quyết khen thưởng; từ khi tờ trình gửi Chủ tịch Hội đồng, tên và chỉ tiêu giữ nguyên.")
    String amend_categories_hint();

    @Message("Tên tiếng Việt")
    String amend_category_name_vi();

    @Message("Tên tiếng Anh")
    String amend_category_name_en();

    @Message("Chỉ tiêu khen thưởng")
    String amend_category_quota();

    @Message("Chỉ tiêu khen thưởng phải là một số nguyên không âm.")
    String amend_bad_quota();

    @Message("Lưu thay đổi")
    String amend_submit();

    @Message("Quay lại đợt bình chọn")
    String amend_cancel();

    // --- the confirmation before moving on by hand -----------------------------------------------

    @Message("Xác nhận chuyển sang giai đoạn {phase}")
    String advance_confirm_title(String phase);

    @Message("Giai đoạn đề cử sẽ đóng ngay bây giờ{#if days > 0}, sớm {days} ngày so với hạn {end}{/if}: các cơ quan đề cử không thể tạo hay nộp thêm hồ sơ{#if drafts > 0}, và {drafts} hồ sơ nháp chưa nộp sẽ không được xét{/if}. Không thể hoàn tác.")
    String advance_confirm_nomination(String end, long days, long drafts);

    @Message("Giai đoạn thẩm định sẽ đóng ngay bây giờ{#if days > 0}, sớm {days} ngày so với hạn {end}{/if}: Ban Thư ký không nhận thêm quyết định tiếp nhận, phiếu chấm không nộp thêm được, và Hội đồng bắt đầu thảo luận, biểu quyết. Không thể hoàn tác.")
    String advance_confirm_appraisal(String end, long days);

    @Message("Kết quả sẽ được công bố ngay bây giờ{#if time} thay vì lúc {time}{/if}: danh sách khen thưởng, quyết định đã ký và giấy chứng nhận trở nên công khai, các cơ quan đề cử được thông báo kết quả. Không thể hoàn tác.")
    String advance_confirm_publication(String time);

    @Message("Xác nhận chuyển sang giai đoạn {phase}")
    String advance_confirm_button(String phase);

    @Message("Công bố kết quả ngay")
    String advance_confirm_publish();

    @Message("Quay lại, chưa chuyển giai đoạn")
    String advance_confirm_cancel();

    @Message("Các mốc thời gian")
    String windows();

    @Message("Đề cử: {start} – {end}")
    String window_nomination(String start, String end);

    @Message("Thẩm định: {start} – {end}")
    String window_appraisal(String start, String end);

    @Message("Hạng mục và bộ tiêu chí")
    String categories();

    @Message("Hội đồng thẩm định")
    String council_link();

    @Message("Phân công thẩm định — {campaign}")
    String link_assignments(String campaign);

    @Message("Bảng xếp hạng — {campaign}")
    String link_ranking(String campaign);

    @Message("Thảo luận và biểu quyết")
    String link_deliberation();

    @Message("Quyết định của Chủ tịch Hội đồng")
    String link_decision();

    // --- the set-up of a new campaign ------------------------------------------------------------

    @Message("Tạo đợt bình chọn mới")
    String new_title();

    @Message("Tạo đợt bình chọn")
    String new_link();

    @Message("Khai báo đợt bình chọn: thời gian các giai đoạn, cách thẩm định và các hạng mục. Các trường có dấu * là bắt buộc.")
    String new_intro();

    @Message("Thông tin chung")
    String legend_general();

    @Message("Thời gian các giai đoạn")
    String legend_windows();

    @Message("Thẩm định và biểu quyết")
    String legend_settings();

    @Message("Mã đợt *")
    String field_code();

    @Message("Chữ thường, chữ số và dấu gạch ngang, ví dụ top100-2026.")
    String hint_code();

    @Message("Tên đợt (tiếng Việt) *")
    String field_name_vi();

    @Message("Tên đợt (tiếng Anh)")
    String field_name_en();

    @Message("Năm")
    String field_year();

    @Message("Số đơn vị, cá nhân được khen thưởng")
    String field_award_count();

    @Message("Bắt đầu đề cử *")
    String field_nomination_start();

    @Message("Kết thúc đề cử *")
    String field_nomination_end();

    @Message("Bắt đầu thẩm định *")
    String field_appraisal_start();

    @Message("Kết thúc thẩm định *")
    String field_appraisal_end();

    @Message("Kết thúc thảo luận")
    String field_deliberation_end();

    @Message("Hạn quyết định khen thưởng")
    String field_decision_end();

    @Message("Ngày lễ trao giải (công bố kết quả)")
    String field_ceremony();

    @Message("Số thành viên Hội đồng chấm mỗi hồ sơ")
    String field_jurors();

    @Message("Tỷ lệ biểu quyết tối thiểu — tử số")
    String field_quorum_numerator();

    @Message("Tỷ lệ biểu quyết tối thiểu — mẫu số")
    String field_quorum_denominator();

    @Message("Mặc định 2/3 số thành viên Hội đồng.")
    String hint_quorum();

    @Message("Số ngày tiếp nhận hồ sơ")
    String field_intake_days();

    @Message("Số ngày chấm điểm")
    String field_scoring_days();

    @Message("Thời hạn lưu dữ liệu cá nhân (tháng)")
    String field_retention_months();

    @Message("Dữ liệu cá nhân của người được đề cử không được khen thưởng được ẩn danh hóa sau số tháng này, tính từ khi công bố kết quả; thông báo xin đồng ý nêu thời hạn này.")
    String hint_retention_months();

    @Message("Số hồ sơ tối thiểu mỗi thành viên")
    String field_min_load();

    @Message("Số hồ sơ tối đa mỗi thành viên")
    String field_max_load();

    @Message("Phân công tự động giữ số hồ sơ của mỗi thành viên trong khoảng này (tối thiểu: trong chừng mực số hồ sơ cho phép).")
    String hint_load();

    @Message("Bỏ phiếu kín")
    String field_secret_ballot();

    @Message("Xếp hạng")
    String legend_ranking();

    @Message("Chuẩn hoá điểm theo từng thành viên Hội đồng (z-score), bù cho người chấm rộng tay hoặc chặt tay")
    String field_z_score();

    @Message("Chênh lệch điểm giữa các thành viên cần lưu ý (điểm, thang 100)")
    String field_divergence_warn();

    @Message("Chênh lệch điểm lớn (điểm, thang 100)")
    String field_divergence_high();

    @Message("Số lần lấy mẫu lại để tính độ ổn định thứ hạng")
    String field_bootstrap_samples();

    @Message("Từ 100 đến 10.000; mặc định 1.000.")
    String hint_bootstrap_samples();

    @Message("Hạng mục")
    String legend_categories();

    @Message("Đã điền sẵn 10 hạng mục của chương trình; bỏ chọn hạng mục không áp dụng cho đợt này.")
    String categories_intro();

    @Message("Các hạng mục của đợt bình chọn")
    String categories_caption();

    @Message("Cần chọn ít nhất một hạng mục.")
    String categories_none();

    @Message("{#when column}{#is 'include'}Áp dụng{#is 'code'}Mã{#is 'nameVi'}Tên tiếng Việt{#is 'nameEn'}Tên tiếng Anh{#is 'kind'}Loại{#is 'block'}Khối{#is 'awardQuota'}Chỉ tiêu khen thưởng{#is 'maxPerBody'}Tối đa mỗi cơ quan đề cử{#is 'errors'}Lỗi{#else}{column}{/when}")
    String column(String column);

    @Message("{#when column}{#is 'include'}Áp dụng{#is 'code'}Mã{#is 'nameVi'}Tên tiếng Việt{#is 'nameEn'}Tên tiếng Anh{#is 'kind'}Loại{#is 'block'}Khối{#is 'awardQuota'}Chỉ tiêu khen thưởng{#is 'maxPerBody'}Tối đa mỗi cơ quan đề cử{#else}{column}{/when} — {category}")
    String cell_label(String column, String category);

    @Message("{#when kind}{#is 'UNIT'}Đơn vị{#is 'LEADER'}Lãnh đạo{#else}{kind}{/when}")
    String kind_name(String kind);

    @Message("Không thuộc khối")
    String no_block();

    @Message("Bộ tiêu chí chấm điểm")
    String legend_rubrics();

    @Message("Mỗi hạng mục dùng bộ tiêu chí mặc định theo loại (thang 100 điểm); chưa chỉnh sửa tiêu chí theo từng hạng mục trên trang này.")
    String rubrics_intro();

    @Message("Tiêu chí cho hạng mục đơn vị")
    String rubric_unit();

    @Message("Tiêu chí cho hạng mục lãnh đạo")
    String rubric_leader();

    @Message("Tạo đợt bình chọn")
    String submit();

    @Message("Chưa tạo được đợt bình chọn: {message}")
    String create_error(String message);

    @Message("Một số trường chưa hợp lệ; xem ghi chú bên cạnh từng trường.")
    String form_invalid();

    @Message("Không phải số: {value}")
    String invalid_number(String value);

    @Message("Ngày không hợp lệ: {value}")
    String invalid_date(String value);

    @Message("Đã tạo đợt bình chọn; đợt đang ở giai đoạn đề cử.")
    String flash_created();

    // --- a category's rubric ---------------------------------------------------------------------

    @Message("Bộ tiêu chí: {category}")
    String rubric_title(String category);

    @Message("Sửa bộ tiêu chí chấm điểm của hạng mục. Mỗi tiêu chí chấm từ 0 đến 10; tổng trọng số phải bằng 100. Xóa mã để bỏ một tiêu chí. Bộ tiêu chí chỉ sửa được trong giai đoạn đề cử.")
    String rubric_intro();

    @Message("Các hạng mục")
    String rubric_categories();

    @Message("Mã")
    String rubric_code();

    @Message("Tên (tiếng Việt)")
    String rubric_name_vi();

    @Message("Tên (tiếng Anh)")
    String rubric_name_en();

    @Message("Mô tả (tiếng Việt)")
    String rubric_description_vi();

    @Message("Mô tả (tiếng Anh)")
    String rubric_description_en();

    @Message("Trọng số (%)")
    String rubric_weight();

    @Message("Tiêu chí {n}")
    String rubric_row(int n);

    @Message("Tổng trọng số: ")
    String rubric_sum();

    @Message("Lưu bộ tiêu chí")
    String rubric_save();

    @Message("Đã lưu bộ tiêu chí.")
    String rubric_saved();

    @Message("Bộ tiêu chí đã cố định vì đợt bình chọn đã qua giai đoạn đề cử.")
    String rubric_locked();

    @Message("Sửa bộ tiêu chí")
    String rubric_edit();
}
