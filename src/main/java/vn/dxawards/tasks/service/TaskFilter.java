package vn.dxawards.tasks.service;

/**
 * What a task list shows: filters (blank = any), a status (ALL, MINE, UNCLAIMED, OVERDUE) and an
 * order (DUE, CREATED, TYPE).
 */
public record TaskFilter(String campaign, String category, String locality, String type, String status, String sort) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null, null, null, null);

    public TaskFilter withType(String newType) {
        return new TaskFilter(campaign, category, locality, newType, status, sort);
    }

    public static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
