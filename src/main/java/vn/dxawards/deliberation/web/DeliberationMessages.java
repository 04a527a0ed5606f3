package vn.dxawards.deliberation.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the deliberation pages (the ranking and the proposal, the shortlist and the vote,
 * the discussion of a dossier), in Vietnamese (the default); English in
 * {@code messages/deliberation_en.properties}. Templates use them as {@code {deliberation:key}}.
 */
@MessageBundle(value = "deliberation", locale = "vi")
public interface DeliberationMessages {

    // --- words the decision and the results show too ---------------------------------------------

    @Message("Hạng")
    String col_rank();

    @Message("Điểm")
    String col_score();

    @Message("Biên bản họp Hội đồng (PDF)")
    String minutes_download();

    // --- the ranking -----------------------------------------------------------------------------

    @Message("Bảng xếp hạng — {campaign}")
    String ranking_title(String campaign);

    @Message("Chưa có hồ sơ nào được xếp hạng.")
    String ranking_empty();

    @Message("{#if normalised}Điểm xếp hạng là trung bình điểm của các thành viên Hội đồng sau khi chuẩn hoá theo từng người chấm (z-score), đưa về thang 100; điểm thô ghi kèm.{#else}Điểm xếp hạng là trung bình tổng điểm có trọng số của các thành viên Hội đồng (thang 100).{/if} Ngưỡng khen thưởng: {awardCount} hồ sơ, trong chỉ tiêu của từng hạng mục và khối. Độ ổn định là tỷ lệ trong {samples.num} lần lấy mẫu lại phiếu chấm mà hồ sơ vẫn ở trong ngưỡng; từ 20% đến 80% là thứ hạng đang tranh chấp.")
    String rules(boolean normalised, int awardCount, int samples);

    @Message("Khi bằng điểm: nhiều thành viên đề nghị khen thưởng hơn, rồi chênh lệch điểm nhỏ hơn, rồi nộp hồ sơ sớm hơn, rồi số hồ sơ nhỏ hơn xếp trước.")
    String tie_rule();

    @Message("Điểm (thang 100)")
    String col_ranking_score();

    @Message("chưa có điểm")
    String score_none();

    @Message("điểm thô {score}")
    String raw_score(java.math.BigDecimal score);

    @Message("Số phiếu chấm")
    String col_jurors();

    @Message("Chênh lệch")
    String col_divergent();

    @Message("Chênh lệch lớn ({spread} điểm)")
    String divergent(String spread);

    @Message("{#when level}{#is 'HIGH'}Chênh lệch lớn{#else}Chênh lệch cần lưu ý{/when} ({spread} điểm)")
    String divergence(String level, java.math.BigDecimal spread);

    @Message("Ngưỡng khen thưởng")
    String col_cut();

    @Message("Trong ngưỡng")
    String inside_cut();

    @Message("{#when reason}{#is 'CATEGORY_QUOTA'}Ngoài ngưỡng: hạng mục {subject} đã đủ chỉ tiêu{#is 'BLOCK_QUOTA'}Ngoài ngưỡng: khối {subject} đã đủ chỉ tiêu{#is 'BELOW_CUT'}Ngoài ngưỡng: đã đủ số giải của đợt{#else}Chưa có điểm{/when}")
    String outside(String reason, String subject);

    @Message("Độ ổn định")
    String col_stability();

    @Message("đang tranh chấp")
    String contested();

    @Message("Ghi chú xếp hạng")
    String col_note();

    @Message("Bằng điểm với {#if after}{after}{#else}hồ sơ xếp trên{/if}; xếp sau vì {#when decidedBy}{#is 'RECOMMENDATIONS'}ít thành viên đề nghị khen thưởng hơn{#is 'SPREAD'}chênh lệch điểm lớn hơn{#is 'SUBMISSION'}nộp hồ sơ muộn hơn{#else}số hồ sơ đứng sau{/when}.")
    String tie(String after, String decidedBy);

    @Message("Biểu quyết")
    String col_votes();

    @Message("Tán thành")
    String col_approve();

    @Message("Không tán thành")
    String col_reject();

    @Message("Không biểu quyết")
    String col_abstain();

    @Message("Số phiếu / tối thiểu")
    String col_quorum();

    @Message("{cast}/{quorum} ({#if met}đủ{#else}chưa đủ{/if})")
    String quorum(int cast, int quorum, boolean met);

    @Message("Thông qua")
    String col_carried();

    @Message("Đề nghị khen thưởng")
    String col_awarded();

    // --- the compact ranking (the default view; the full table on demand) -----------------------

    @Message("Hồ sơ")
    String col_dossier();

    @Message("{count.num} hồ sơ")
    String ranking_count(int count);

    @Message("Chi tiết")
    String ranking_details();

    @Message("Hạng {first.num}–{last.num} trong {total.num} hồ sơ")
    String ranking_range(int first, int last, int total);

    @Message("Tất cả {total.num} hồ sơ")
    String ranking_range_all(int total);

    @Message("Các trang của bảng xếp hạng")
    String ranking_pages();

    @Message("Các trang của bảng xếp hạng (cuối bảng)")
    String ranking_pages_end();

    @Message("Trang trước")
    String ranking_previous();

    @Message("Trang sau")
    String ranking_next();

    @Message("Hiển thị tất cả {total.num} hồ sơ")
    String ranking_show_all(int total);

    @Message("Hiển thị theo trang ({size} hồ sơ mỗi trang)")
    String ranking_show_pages(int size);

    @Message("Xem bảng đầy đủ (mọi cột)")
    String ranking_view_full();

    @Message("Xem bảng gọn")
    String ranking_view_compact();

    @Message("{approve} tán thành · {reject} không tán thành · {abstain} phiếu trắng")
    String votes_summary(int approve, int reject, int abstain);

    @Message("Có")
    String yes();

    @Message("Không")
    String no();

    @Message("Gửi tờ trình")
    String proposal_send();

    @Message("Gửi kết luận của Hội đồng lên Chủ tịch Hội đồng; đợt bình chọn chuyển sang giai đoạn Quyết định.")
    String proposal_hint();

    @Message("Xác nhận gửi tờ trình lên Chủ tịch Hội đồng")
    String proposal_confirm_title();

    @Message("Tờ trình đề nghị khen thưởng {awardees} đơn vị, cá nhân (trong {ranked} hồ sơ được xếp hạng) sẽ được gửi ngay lên Chủ tịch Hội đồng: việc biểu quyết kết thúc, không thành viên nào sửa được phiếu, và đợt bình chọn chuyển sang giai đoạn Quyết định. Không thể hoàn tác; chỉ Chủ tịch Hội đồng có thể trả lại tờ trình.")
    String proposal_confirm_consequence(long awardees, int ranked);

    @Message("Gửi tờ trình ngay")
    String proposal_confirm_button();

    @Message("Quay lại, chưa gửi tờ trình")
    String proposal_confirm_cancel();

    @Message("Đã gửi tờ trình lên Chủ tịch Hội đồng.")
    String flash_proposal_sent();

    @Message("Chưa gửi được tờ trình: {message}")
    String proposal_error(String message);

    // --- the shortlist and the vote --------------------------------------------------------------

    @Message("Thảo luận và biểu quyết")
    String title();

    @Message("Các hồ sơ có vị trí chưa ổn định (khả năng lọt vào danh sách khen thưởng từ 20% đến 80% khi lấy mẫu lại điểm của thành viên) được đưa lên đầu để thảo luận trước; sau đó theo thứ hạng.")
    String order();

    @Message("Hồ sơ được thông qua khi đủ số phiếu tối thiểu và {#when rule}{#is 'ABSOLUTE'}số phiếu tán thành nhiều hơn một nửa số phiếu đã bỏ{#is 'TWO_THIRDS'}số phiếu tán thành từ hai phần ba số phiếu đã bỏ trở lên{#else}số phiếu tán thành nhiều hơn số phiếu không tán thành{/when}; thành viên có xung đột lợi ích không được tính.")
    String majority(String rule);

    @Message("Chưa có hồ sơ trong danh sách thảo luận.")
    String empty();

    @Message("Tán thành / Không tán thành / Không biểu quyết: {approve} / {reject} / {abstain} (tối thiểu {quorum} phiếu)")
    String tally(int approve, int reject, int abstain, int quorum);

    @Message("{count} thành viên không biểu quyết do xung đột lợi ích")
    String recused(int count);

    @Message("Phiếu của bạn")
    String my_vote();

    @Message("{#when value}{#is 'APPROVE'}Tán thành{#is 'REJECT'}Không tán thành{#is 'ABSTAIN'}Không biểu quyết{#else}{value}{/when}")
    String vote_name(String value);

    // --- the discussion of a dossier -------------------------------------------------------------

    @Message("Thảo luận")
    String discussion_title();

    @Message("{count} ý kiến")
    String discussion_count(long count);

    @Message("Thảo luận hồ sơ {reference}")
    String discussion_heading(String reference);

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

    // --- the list vote ------------------------------------------------------------------------------

    @Message("Biểu quyết theo danh sách")
    String list_vote_title();

    @Message("Một lần bấm: tán thành cả {count} hồ sơ trong ngưỡng khen thưởng, trừ các hồ sơ bạn đánh dấu \"Không tán thành theo danh sách\" trong bảng dưới (các hồ sơ đó giữ nguyên phiếu hiện có). Mỗi hồ sơ vẫn được ghi một phiếu riêng; hồ sơ bạn có xung đột lợi ích được bỏ qua.")
    String list_vote_help(long count);

    @Message("Tán thành danh sách (trừ hồ sơ đã đánh dấu)")
    String list_vote_submit();

    @Message("Không tán thành theo danh sách")
    String list_vote_except();

    @Message("Đã ghi nhận phiếu biểu quyết theo danh sách.")
    String list_vote_done();
}
