package vn.dxawards.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the layout (title, navigation) and the few words every page shares (roles,
 * paging, filters, generic column labels), in Vietnamese (the default); English in
 * {@code messages/msg_en.properties}. Templates use them as {@code {msg:key}}. A feature's own
 * words live in its own bundle ({@code <feature>.web.<Feature>Messages}).
 */
@MessageBundle(value = "msg", locale = "vi")
public interface AppMessages {

    // --- the layout ------------------------------------------------------------------------------

    @Message("DX Awards — Bình chọn TOP 100 chuyển đổi số")
    String app_title();

    @Message("Chuyển đến nội dung chính")
    String skip_to_content();

    @Message("Trang chủ")
    String nav_home();

    @Message("Trình đơn")
    String nav_menu();

    @Message("Trình đơn chính")
    String nav_main();

    @Message("Công việc")
    String nav_tasks();

    @Message("Hồ sơ")
    String nav_dossiers();

    @Message("Ban thư ký")
    String nav_secretariat();

    @Message("Kết quả công bố")
    String nav_results();

    @Message("Đăng nhập")
    String nav_login();

    @Message("Đăng xuất")
    String nav_logout();

    // --- words every page shares -----------------------------------------------------------------

    @Message("{#when role}{#is 'nominator'}Cơ quan đề cử{#is 'secretary'}Ban thư ký{#is 'juror'}Thành viên Hội đồng thẩm định{#is 'chair'}Chủ tịch Hội đồng{#is 'admin'}Quản trị chương trình{#is 'system'}Hệ thống (theo quy trình){#else}{role}{/when}")
    String role_name(String role);

    @Message("Trang {page}/{pages}")
    String paging(int page, int pages);

    @Message("Trang trước")
    String paging_previous();

    @Message("Trang sau")
    String paging_next();

    @Message("Tất cả")
    String filter_all();

    @Message("Lọc")
    String filter_apply();

    @Message("-- Chọn --")
    String form_choose();

    @Message("Hạng mục")
    String col_category();

    @Message("Địa phương")
    String col_locality();

    @Message("Trạng thái")
    String col_status();

    @Message("Thao tác")
    String col_actions();

    @Message("Quá hạn")
    String overdue();
}
