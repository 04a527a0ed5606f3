package vn.dxawards.intake.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the secretariat's intake pages (its overview, a dossier's intake, a dossier's
 * audit trail), in Vietnamese (the default); English in {@code messages/intake_en.properties}.
 * Templates use them as {@code {intake:key}}.
 */
@MessageBundle(value = "intake", locale = "vi")
public interface IntakeMessages {

    // --- the secretariat's overview --------------------------------------------------------------

    @Message("Ban thư ký")
    String secretariat_title();

    @Message("Hồ sơ chờ tiếp nhận")
    String secretariat_waiting();

    @Message("Không có hồ sơ nào chờ tiếp nhận.")
    String secretariat_waiting_empty();

    @Message("Đợt")
    String col_campaign();

    @Message("Ngày nộp")
    String col_submitted();

    @Message("Hạn tiếp nhận")
    String col_intake_due();

    @Message("Chờ tiếp nhận")
    String col_waiting();

    @Message("{#when kind}{#is 'intake'}Tiếp nhận hồ sơ{#is 'audit'}Nhật ký hồ sơ{#is 'assignments'}Phân công thẩm định{#is 'overdue'}Phiếu chấm quá hạn{#is 'ranking'}Bảng xếp hạng{#is 'secretariat'}Trang Ban thư ký{#else}{kind}{/when}")
    String link(String kind);

    @Message("Việc của Ban thư ký với hồ sơ này")
    String dossier_links();

    @Message("Về trang hồ sơ")
    String back_to_dossier();

    // --- intake ----------------------------------------------------------------------------------

    @Message("Tiếp nhận hồ sơ {reference}")
    String intake_title(String reference);

    @Message("Thông tin nộp hồ sơ")
    String section_submission();

    @Message("Cơ quan đề cử")
    String label_body();

    @Message("Chức vụ")
    String label_position();

    @Message("Cơ quan, đơn vị công tác")
    String label_organization();

    @Message("Đồng ý xử lý dữ liệu cá nhân")
    String label_consent();

    @Message("Có (phiên bản {version}, {at})")
    String consent_given(String version, String at);

    @Message("Chưa có")
    String consent_missing();

    @Message("Tệp đính kèm")
    String attachments_title();

    @Message("{name} ({size} KB, tải lên {at})")
    String attachment_line(String name, long size, String at);

    @Message("Kiểm tra tính đầy đủ")
    String checklist_title();

    @Message("{#when item}{#is 'name'}Tên đơn vị / cá nhân được đề cử{#is 'province'}Tỉnh, thành phố{#is 'strategy'}Chiến lược, kế hoạch chuyển đổi số{#is 'results'}Kết quả chuyển đổi số{#is 'contact_email'}Thư điện tử liên hệ{#is 'pdf'}Ít nhất một tệp PDF đính kèm{#is 'position'}Chức vụ của người được đề cử{#is 'organization'}Cơ quan, đơn vị công tác của người được đề cử{#is 'consent'}Sự đồng ý của người được đề cử về xử lý dữ liệu cá nhân{#else}{item}{/when}")
    String check(String item);

    @Message("Nội dung")
    String col_check();

    @Message("Kết quả")
    String col_check_result();

    @Message("Có")
    String check_met();

    @Message("Thiếu")
    String check_missing();

    @Message("Hồ sơ có đủ các nội dung bắt buộc.")
    String checklist_complete();

    @Message("Hồ sơ còn thiếu {count} nội dung bắt buộc.")
    String checklist_incomplete(int count);

    @Message("Hồ sơ có thể trùng lặp")
    String duplicates_title();

    @Message("Không phát hiện hồ sơ trùng lặp trong đợt bình chọn.")
    String duplicates_none();

    @Message("Trong cùng đợt có hồ sơ cùng mã số thuế hoặc tên rất giống; vui lòng đối chiếu trước khi tiếp nhận.")
    String duplicates_intro();

    @Message("Lý do nghi trùng")
    String col_reason();

    @Message("Cùng mã số thuế")
    String duplicate_same_tax();

    @Message("Tên giống {percent}%")
    String duplicate_similar_name(int percent);

    @Message("Các quyết định tiếp nhận trước")
    String history_title();

    @Message("{#when kind}{#is 'ACCEPT'}Tiếp nhận{#is 'REQUEST_SUPPLEMENT'}Yêu cầu bổ sung{#is 'REJECT'}Không tiếp nhận{#else}{kind}{/when}")
    String decision_name(String kind);

    @Message("Quyết định")
    String col_decision();

    @Message("Ghi chú")
    String col_note();

    @Message("Hạn bổ sung")
    String col_due();

    @Message("Người quyết định")
    String col_decided_by();

    @Message("Quyết định tiếp nhận")
    String decide_title();

    @Message("Tiếp nhận: hồ sơ đủ điều kiện, chuyển sang thẩm định.")
    String decide_accept();

    @Message("Yêu cầu bổ sung: cơ quan đề cử bổ sung hồ sơ trước hạn; thời hạn tiếp nhận tạm dừng trong thời gian chờ.")
    String decide_supplement();

    @Message("Không tiếp nhận: hồ sơ không thuộc đối tượng hoặc không đáp ứng điều kiện (ghi rõ lý do).")
    String decide_reject();

    @Message("Hạn bổ sung (khi yêu cầu bổ sung)")
    String field_due_date();

    @Message("Ghi chú gửi cơ quan đề cử (bắt buộc khi yêu cầu bổ sung hoặc không tiếp nhận)")
    String field_note();

    @Message("Ghi nhận quyết định")
    String decide_submit();

    @Message("Hồ sơ hiện không chờ tiếp nhận; không thể ra quyết định tiếp nhận.")
    String not_waiting();

    @Message("Đã ghi nhận quyết định tiếp nhận.")
    String flash_decided();

    @Message("Chưa ghi nhận được quyết định: {message}")
    String decide_error(String message);

    @Message("Cần chọn một quyết định: tiếp nhận, yêu cầu bổ sung hoặc không tiếp nhận.")
    String decision_required();

    // --- audit -----------------------------------------------------------------------------------

    @Message("Nhật ký hồ sơ {reference}")
    String audit_title(String reference);

    @Message("Thời gian theo giờ Việt Nam (ICT, UTC+7).")
    String audit_times();

    @Message("Thao tác")
    String col_action();

    @Message("Trạng thái (trước → sau)")
    String col_change();

    @Message("Chi tiết")
    String col_detail();

    @Message("Chưa có thao tác nào được ghi.")
    String audit_empty();

    /** A line of the audit trail as a sentence, with names instead of usernames (see {@code AuditTrail}). */
    @Message("{#when line.action}{#is 'DOSSIER_CREATED'}{line.actor} đã tạo hồ sơ {line.reference}.{#is 'DOSSIER_EDITED'}{line.actor} đã sửa hồ sơ {line.reference}.{#is 'ATTACHMENT_ADDED'}{line.actor} đã đính kèm tệp «{line.detail}» vào hồ sơ {line.reference}.{#is 'ATTACHMENT_REMOVED'}{line.actor} đã gỡ tệp «{line.detail}» khỏi hồ sơ {line.reference}.{#is 'DOSSIER_SUBMITTED'}{line.actor} đã nộp hồ sơ {line.reference}.{#is 'DRAFT_DELETED'}{line.actor} đã xoá bản nháp hồ sơ {line.reference}.{#is 'INTAKE_ACCEPT'}{line.actor} đã tiếp nhận hồ sơ {line.reference}.{#is 'INTAKE_REQUEST_SUPPLEMENT'}{line.actor} đã yêu cầu bổ sung hồ sơ {line.reference}{#if line.detail}: «{line.detail}»{/if}.{#is 'INTAKE_REJECT'}{line.actor} đã quyết định không tiếp nhận hồ sơ {line.reference}{#if line.detail}: «{line.detail}»{/if}.{#is 'SUPPLEMENT_SUBMITTED'}{line.actor} đã nộp hồ sơ bổ sung cho {line.reference}.{#is 'SUPPLEMENT_OVERDUE'}Hồ sơ {line.reference} quá hạn bổ sung.{#is 'DOSSIER_WITHDRAWN'}Hồ sơ {line.reference} đã được rút.{#is 'JUROR_ASSIGNED'}{#if line.actor}{line.actor} đã phân công{#else}Đã phân công{/if} {line.person} chấm hồ sơ {line.reference}.{#is 'JUROR_UNASSIGNED'}{line.actor} đã huỷ phân công {line.person} chấm hồ sơ {line.reference}.{#is 'ASSIGNMENT_CANCELLED'}Việc chấm hồ sơ {line.reference} của {line.person} đã được huỷ.{#is 'SCORING_REMINDER'}Đã nhắc {line.person} hạn chấm hồ sơ {line.reference}.{#is 'SCORING_OVERDUE'}{line.person} đã quá hạn chấm hồ sơ {line.reference}.{#is 'SCORING_REASSIGNED'}{line.actor} đã chuyển việc chấm hồ sơ {line.reference} từ {line.person} sang {line.otherPerson}.{#is 'CONFLICT_DECLARED'}{line.actor} đã khai báo xung đột lợi ích với hồ sơ {line.reference}{#if line.detail}: «{line.detail}»{/if}.{#is 'SCORECARD_SUBMITTED'}{line.actor} đã nộp phiếu chấm hồ sơ {line.reference}{#if line.score != null} ({line.score} điểm){/if}.{#is 'SCORECARD_REVISED'}{line.actor} đã điều chỉnh phiếu chấm hồ sơ {line.reference}{#if line.detail}: «{line.detail}»{/if}.{#is 'CONSENT_REQUESTED'}{line.actor} đã gửi đề nghị người được đề cử đồng ý cho xử lý dữ liệu cá nhân.{#is 'CONSENT_GIVEN'}Người được đề cử đã đồng ý cho xử lý dữ liệu cá nhân.{#is 'CONSENT_REFUSED'}Người được đề cử đã không đồng ý cho xử lý dữ liệu cá nhân.{#is 'CONSENT_WITHDRAWN'}Người được đề cử đã rút lại sự đồng ý cho xử lý dữ liệu cá nhân.{#is 'SURVEY_REQUESTED'}{line.actor} đã đề nghị {line.person} khảo sát thực tế hồ sơ {line.reference}.{#is 'SURVEY_RECORDED'}{line.actor} đã ghi kết quả khảo sát thực tế hồ sơ {line.reference}{#if line.detail} (khảo sát ngày {line.detail}){/if}.{#is 'SURVEY_CANCELLED'}Khảo sát thực tế hồ sơ {line.reference} của {line.person} đã được huỷ.{#is 'SURVEY_FILE_ADDED'}{line.actor} đã đính kèm tệp «{line.detail}» vào biên bản khảo sát hồ sơ {line.reference}.{#is 'CERTIFICATE_REVOKED'}{line.actor} đã thu hồi giấy chứng nhận của hồ sơ {line.reference}{#if line.detail}: {line.detail}{/if}.{#is 'COMMENT_POSTED'}{line.actor} đã góp ý thảo luận về hồ sơ {line.reference}.{#is 'VOTE_CAST'}{line.actor} đã biểu quyết về hồ sơ {line.reference}{#if line.to}: {intake:state_name(line.to)}{/if}.{#is 'REFUSED'}{line.actor} đã thực hiện một thao tác trên hồ sơ {line.reference} nhưng bị từ chối{#if line.reason}: {line.reason}{#else}.{/if}{#else}{#if line.actor}{line.actor}: {/if}{intake:action_name(line.action)}{#if line.to} — hồ sơ {line.reference} chuyển sang «{intake:state_name(line.to)}»{/if}{#if line.detail}: «{line.detail}»{/if}.{/when}")
    String audit_sentence(vn.dxawards.intake.service.AuditLine line);

    @Message("Diễn biến")
    String col_event();

    @Message("{#when action}{#is 'CAMPAIGN_CREATED'}Tạo đợt bình chọn{#is 'CAMPAIGN_AMENDED'}Sửa đổi đợt bình chọn{#is 'PHASE_ENTERED'}Chuyển giai đoạn{#is 'PHASE_ADVANCE_REQUESTED'}Yêu cầu chuyển giai đoạn{#is 'APPRAISAL_INCOMPLETE'}Thẩm định chưa hoàn thành{#is 'RESULTS_CONFIDENTIAL_UNTIL_PUBLICATION'}Kết quả được bảo mật đến khi công bố{#is 'DOSSIER_CREATED'}Tạo hồ sơ{#is 'DOSSIER_EDITED'}Sửa hồ sơ{#is 'ATTACHMENT_ADDED'}Thêm tệp đính kèm{#is 'ATTACHMENT_REMOVED'}Gỡ tệp đính kèm{#is 'DOSSIER_SUBMITTED'}Nộp hồ sơ{#is 'DRAFT_DELETED'}Xoá bản nháp{#is 'INTAKE_ACCEPT'}Quyết định tiếp nhận{#is 'INTAKE_REQUEST_SUPPLEMENT'}Quyết định yêu cầu bổ sung{#is 'INTAKE_REJECT'}Quyết định không tiếp nhận{#is 'DOSSIER_ACCEPTED'}Hồ sơ được tiếp nhận{#is 'DOSSIER_REJECTED'}Hồ sơ không được tiếp nhận{#is 'SUPPLEMENT_REQUESTED'}Chờ bổ sung hồ sơ{#is 'SUPPLEMENT_SUBMITTED'}Nộp hồ sơ bổ sung{#is 'SUPPLEMENT_ANSWERED'}Hồ sơ đã được bổ sung{#is 'SUPPLEMENT_OVERDUE'}Quá hạn bổ sung{#is 'DOSSIER_WITHDRAWN'}Rút hồ sơ{#is 'JUROR_ASSIGNED'}Phân công thành viên Hội đồng{#is 'AUTO_ASSIGNMENT'}Phân công tự động{#is 'ASSIGNMENT_CANCELLED'}Huỷ phân công{#is 'CONFLICT_DECLARED'}Khai báo xung đột lợi ích{#is 'SCORING_REMINDER'}Nhắc hạn chấm điểm{#is 'SCORING_OVERDUE'}Quá hạn chấm điểm{#is 'SCORECARD_SUBMITTED'}Nộp phiếu chấm{#is 'SCORECARD_REVISED'}Điều chỉnh phiếu chấm{#is 'DOSSIER_IN_APPRAISAL'}Bắt đầu thẩm định{#is 'DOSSIER_IN_DELIBERATION'}Đưa vào thảo luận{#is 'REFUSED'}Thao tác bị từ chối{#is 'COMMENT_POSTED'}Góp ý thảo luận{#is 'RUBRIC_REPLACED'}Sửa bộ tiêu chí{#is 'VOTE_CAST'}Biểu quyết{#is 'PROPOSAL_SENT'}Gửi tờ trình{#is 'PROPOSAL_RETURNED'}Trả lại tờ trình{#is 'DECISION_SIGNED'}Ký quyết định khen thưởng{#is 'DOSSIER_AWARDED'}Được khen thưởng{#is 'DOSSIER_NOT_AWARDED'}Không được khen thưởng{#else}{action}{/when}")
    String action_name(String action);

    @Message("{#when state}{#is 'DRAFT'}Bản nháp{#is 'SUBMITTED'}Đã nộp{#is 'SUPPLEMENT_REQUESTED'}Yêu cầu bổ sung{#is 'ACCEPTED'}Đã tiếp nhận{#is 'REJECTED'}Không tiếp nhận{#is 'WITHDRAWN'}Đã rút{#is 'IN_APPRAISAL'}Đang thẩm định{#is 'IN_DELIBERATION'}Đang thảo luận{#is 'AWARDED'}Được khen thưởng{#is 'NOT_AWARDED'}Không được khen thưởng{#is 'NOMINATION'}Đề cử{#is 'APPRAISAL'}Thẩm định{#is 'DELIBERATION'}Thảo luận{#is 'DECISION'}Quyết định{#is 'PUBLISHED'}Đã công bố{#is 'APPROVE'}Tán thành{#is 'REJECT'}Không tán thành{#is 'ABSTAIN'}Không biểu quyết{#is 'SECRET'}Bỏ phiếu kín{#else}{state}{/when}")
    String state_name(String state);

    // --- the dossier register and bulk intake ------------------------------------------------------

    @Message("Sổ hồ sơ")
    String register_title();

    @Message("Đợt bình chọn")
    String register_campaign();

    @Message("Tìm theo tên, mã hồ sơ hoặc mã số thuế")
    String register_search();

    @Message("Gõ không dấu cũng được: \"ha noi\" tìm thấy \"Hà Nội\".")
    String register_search_hint();

    @Message("Tất cả")
    String register_any();

    @Message("Cơ quan đề cử")
    String register_body();

    @Message("Số hồ sơ mỗi trang")
    String register_page_size();

    @Message("Lọc")
    String register_filter();

    @Message("Bỏ lọc")
    String register_reset();

    @Message("Không có hồ sơ nào khớp với điều kiện tìm kiếm.")
    String register_empty();

    @Message("Mã số thuế")
    String col_tax_code();

    @Message("Trang trước")
    String register_previous();

    @Message("Trang sau")
    String register_next();

    @Message("Chọn tất cả hồ sơ chờ tiếp nhận trên trang này")
    String register_select_all();

    @Message("Chọn hồ sơ {reference}")
    String register_select_label(String reference);

    @Message("Tiếp nhận nhiều hồ sơ")
    String register_bulk_title();

    @Message("Đánh dấu các hồ sơ đầy đủ đang chờ tiếp nhận rồi bấm \"Tiếp nhận các hồ sơ đã chọn\"; hệ thống hỏi xác nhận trước khi ghi nhận.")
    String register_bulk_help();

    @Message("Ghi chú tiếp nhận (không bắt buộc)")
    String register_note();

    @Message("Tiếp nhận các hồ sơ đã chọn")
    String register_accept_selected();

    @Message("Xuất sổ hồ sơ")
    String register_export();

    @Message("Tải CSV")
    String register_export_csv();

    @Message("Tải Excel (XLSX)")
    String register_export_xlsx();

    @Message("Sổ hồ sơ")
    String register_link();

    @Message("Không chờ tiếp nhận: sẽ không được tiếp nhận")
    String register_confirm_not_waiting();

    @Message("Quay lại sổ hồ sơ, không tiếp nhận")
    String register_cancel();

    @Message("Quay lại sổ hồ sơ")
    String register_back();

    @Message("Lý do")
    String register_reason();

    @Message("{total.num} hồ sơ · trang {pageNumber}/{pages}")
    String register_total(long total, int pageNumber, int pages);

    @Message("{count} hồ sơ trên trang này đang chờ tiếp nhận và có thể chọn.")
    String register_selectable(long count);

    @Message("Xác nhận tiếp nhận {count} hồ sơ")
    String register_confirm_title(long count);

    @Message("Bạn sắp tiếp nhận {count} hồ sơ của {campaign}. Mỗi hồ sơ được ghi một quyết định tiếp nhận riêng, chuyển sang trạng thái \"Đã tiếp nhận\" và chờ thẩm định; quyết định không thể hủy.")
    String register_confirm_lead(long count, String campaign);

    @Message("Xác nhận tiếp nhận {count} hồ sơ")
    String register_confirm_button(long count);

    @Message("Đã tiếp nhận {count} hồ sơ")
    String register_done_title(int count);

    @Message("{count} hồ sơ không tiếp nhận được:")
    String register_done_refused(int count);

    // --- the confirmation of a rejection ------------------------------------------------------------

    @Message("Xác nhận từ chối hồ sơ {reference}")
    String reject_confirm_title(String reference);

    @Message("Hồ sơ {reference} ({nominee}) của {body} sẽ bị từ chối: quy trình của hồ sơ kết thúc, cơ quan đề cử thấy lý do dưới đây và không thể bổ sung hồ sơ này nữa. Quyết định không thể hoàn tác.")
    String reject_confirm_consequence(String reference, String nominee, String body);

    @Message("Lý do từ chối")
    String reject_confirm_reason();

    @Message("Xác nhận từ chối hồ sơ")
    String reject_confirm_button();

    @Message("Quay lại, chưa từ chối")
    String reject_confirm_cancel();

    @Message("Yêu cầu bổ sung hồ sơ")
    String supplement_title();

    @Message("Nội dung yêu cầu của Ban Thư ký")
    String supplement_note();

    @Message("Hạn bổ sung (24:00, giờ Việt Nam)")
    String supplement_due();

    @Message("{#if days < 0}Đã quá hạn{#else if days == 0}Hết hạn hôm nay{#else}Còn {days} ngày{/if}")
    String days_left(long days);

    @Message("Đơn vị đã bổ sung lúc {at}")
    String supplement_answered(String at);

    @Message("không thay đổi nội dung nào")
    String supplement_nothing_changed();

    @Message("Chưa được bổ sung trong hạn.")
    String supplement_unanswered();

    @Message("{#when code}{#is 'name'}Tên đối tượng{#is 'tax_code'}Mã số thuế{#is 'province'}Địa phương{#is 'ownership'}Loại hình{#is 'website'}Trang thông tin{#is 'position'}Chức vụ{#is 'organization'}Cơ quan, đơn vị công tác{#is 'contact_name'}Người liên hệ{#is 'contact_email'}Thư điện tử liên hệ{#is 'contact_phone'}Điện thoại liên hệ{#is 'strategy'}Chiến lược, kế hoạch chuyển đổi số{#is 'scale'}Quy mô, khả năng nhân rộng{#is 'initiatives'}Sáng kiến, giải pháp{#is 'results'}Kết quả{#is 'support_wishes'}Đề xuất hỗ trợ{#is 'attachment'}Tệp đính kèm{#else}{code}{/when}")
    String changed_field(String code);
}
