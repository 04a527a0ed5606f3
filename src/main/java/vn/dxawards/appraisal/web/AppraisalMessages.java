package vn.dxawards.appraisal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The visible texts of the assignment optimiser on the secretariat's assignment page, in
 * Vietnamese (the default); English in {@code messages/appraisal_en.properties}. Templates use
 * them as {@code {appraisal:key}}.
 */
@MessageBundle(value = "appraisal", locale = "vi")
public interface AppraisalMessages {

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
}
