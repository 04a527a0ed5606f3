package vn.dxawards.tasks.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the home page and the task list, in Vietnamese (the default); English in
 * {@code messages/tasks_en.properties}. Templates use them as {@code {tasks:key}}.
 */
@MessageBundle(value = "tasks", locale = "vi")
public interface TaskMessages {

    // --- the home page ---------------------------------------------------------------------------

    @Message("Xin chào, {name}")
    String home_greeting(String name);

    @Message("Vai trò")
    String home_roles();

    @Message("Việc cần làm")
    String home_open_tasks();

    @Message("Bạn có {count} công việc đang mở.")
    String home_task_count(long count);

    @Message("Đề cử đơn vị mới")
    String home_nominate();

    @Message("còn {days} ngày, đến hết ngày {date}")
    String deadline_days(long days, String date);

    @Message("hết hạn lúc 24:00 hôm nay")
    String deadline_today();

    @Message("đã quá hạn từ ngày {date}")
    String deadline_passed(String date);

    // --- the task list ---------------------------------------------------------------------------

    @Message("Danh sách công việc")
    String title();

    @Message("Loại công việc")
    String filter_type();

    @Message("{#when type}{#is 'Task_Intake'}Tiếp nhận hồ sơ{#is 'Task_Supplement'}Bổ sung hồ sơ{#is 'Task_Score'}Chấm điểm hồ sơ{#is 'Task_Vote'}Thảo luận và biểu quyết{#is 'Task_Proposal'}Lập tờ trình Chủ tịch{#is 'Task_ChairDecision'}Quyết định của Chủ tịch Hội đồng{#is 'Task_Survey'}Khảo sát thực tế hồ sơ{#else}{type}{/when}")
    String task_type(String type);

    @Message("{#when value}{#is 'ALL'}Tất cả{#is 'MINE'}Việc tôi đang giữ{#is 'UNCLAIMED'}Chưa có người nhận{#is 'OVERDUE'}Quá hạn{#else}{value}{/when}")
    String task_status(String value);

    @Message("Sắp xếp")
    String sort();

    @Message("{#when value}{#is 'DUE'}Hạn xử lý gần nhất{#is 'CREATED'}Mới nhất{#is 'TYPE'}Loại công việc{#else}{value}{/when}")
    String task_sort(String value);

    @Message("{count} công việc phù hợp.")
    String found(long count);

    @Message("Không có công việc nào.")
    String empty();

    @Message("Công việc")
    String col_task();

    @Message("Hồ sơ / đợt")
    String col_subject();

    @Message("Hạn xử lý")
    String col_due();

    @Message("Người xử lý")
    String col_assignee();

    @Message("Mở")
    String open();

    @Message("Nhận việc")
    String claim();

    @Message("Trả lại nhóm")
    String unclaim();

    @Message("Đã ghi nhận xung đột lợi ích; hồ sơ được chuyển cho thành viên khác.")
    String conflict_done();

    // --- the home dashboards --------------------------------------------------------------------------

    @Message("Hồ sơ (cả nháp)")
    String dash_total();

    @Message("Chờ tiếp nhận")
    String dash_waiting();

    @Message("Phiếu chấm đã nộp")
    String dash_scoring();

    @Message("Phiếu chấm quá hạn")
    String dash_overdue();

    @Message("Hồ sơ đủ số phiếu tối thiểu")
    String dash_votes();

    @Message("Hồ sơ theo trạng thái")
    String dash_by_status();

    @Message("Hồ sơ đã nộp theo hạng mục")
    String dash_by_category();

    @Message("Hồ sơ đã nộp theo địa phương (10 địa phương nhiều nhất)")
    String dash_by_locality();

    @Message("Hồ sơ chờ tiếp nhận theo số ngày kể từ khi nộp")
    String dash_age();

    @Message("Thành viên còn phiếu chấm chưa nộp")
    String dash_members();

    @Message("Thành viên")
    String col_member();

    @Message("Được giao")
    String col_assigned();

    @Message("Đã nộp")
    String col_done();

    @Message("Còn lại")
    String col_open();

    @Message("Quá hạn")
    String col_late();

    @Message("Hạn gần nhất")
    String col_next_due();

    @Message("Việc còn phải xong trước khi chuyển giai đoạn")
    String dash_blockers();

    @Message("Không còn việc nào cản trở việc chuyển giai đoạn.")
    String dash_no_blockers();

    @Message("Mở sổ hồ sơ")
    String dash_open_register();

    @Message("Chưa có tờ trình.")
    String dash_proposal_none();

    @Message("Việc của tôi trong hội đồng")
    String own_title();

    @Message("Hồ sơ của đơn vị và việc cần làm tiếp")
    String mine_title();

    @Message("Việc tiếp theo")
    String col_next();

    @Message("Tiến độ {name}")
    String dash_title(String name);

    @Message("{value.num} / {total.num}")
    String dash_of(long value, long total);

    @Message("hồ sơ lâu nhất đã chờ {days} ngày")
    String dash_oldest(long days);

    @Message("{percent}% hoàn thành")
    String dash_percent(int percent);

    @Message("{band} ngày")
    String dash_age_days(String band);

    @Message("{#when status}{#is 'SENT'}Tờ trình đã gửi Chủ tịch Hội đồng, chờ quyết định.{#is 'RETURNED'}Chủ tịch Hội đồng đã trả lại tờ trình; Hội đồng thảo luận lại.{#is 'SIGNED'}Quyết định khen thưởng đã được ký.{#else}{status}{/when}")
    String dash_proposal(String status);

    @Message("Đã chấm {submitted}/{assigned} hồ sơ")
    String own_scored(long submitted, long assigned);

    @Message("Hạn chấm gần nhất: {date}")
    String own_next_due(String date);

    @Message("{count} phiếu chấm quá hạn")
    String own_overdue(long count);

    @Message("Còn {count}/{total} hồ sơ cần biểu quyết")
    String own_votes(long count, long total);

    @Message("{#when step}{#is 'submit'}Hoàn thiện và nộp hồ sơ{#is 'closed'}Đã hết hạn nộp{#is 'supplement'}Bổ sung hồ sơ theo yêu cầu của Ban thư ký{#is 'wait_intake'}Chờ Ban thư ký tiếp nhận{#is 'wait_appraisal'}Hội đồng đang thẩm định; không cần làm gì thêm{#is 'wait_council'}Hội đồng đang thảo luận, biểu quyết{#is 'wait_publication'}Chờ công bố kết quả{#is 'read_results'}Xem kết quả và kiến nghị của Hội đồng{#else}Không còn việc cần làm{/when}")
    String next_step(String step);

    @Message("hạn {date}")
    String next_due(String date);
}
