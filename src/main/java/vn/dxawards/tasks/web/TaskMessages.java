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
}
