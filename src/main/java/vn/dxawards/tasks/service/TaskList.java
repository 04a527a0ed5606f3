package vn.dxawards.tasks.service;

import vn.dxawards.tasks.model.OpenTask;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.platform.directory.PeopleNames;
import vn.dxawards.platform.errors.DomainException;

/** The open tasks of a person and of their groups, from the engine; claiming and giving back. */
@ApplicationScoped
@Transactional
public class TaskList {

    @Inject
    PeopleNames names;

    @Inject
    TaskService tasks;

    @Inject
    RepositoryService repository;

    @Inject
    TaskAccess taskAccess;

    /** One page of a task list, with the number of tasks that match. */
    public record Page(List<TaskView> tasks, long total, int number, int size, Map<String, Long> countsByType) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskView> open(User user, String type) {
        return page(user, TaskFilter.ALL.withType(type), 1, Integer.MAX_VALUE).tasks();
    }

    /** The person's tasks and their groups' unclaimed ones, filtered, sorted and paged in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(User user, TaskFilter filter, int number, int size) {
        Map<String, Long> counts = countsByType(user);
        Map<String, Object> parameters = new HashMap<>();
        String where = visibleTo(user, parameters) + filters(filter, user, parameters);
        // without other filters, the counts per type already give the total: one query less
        boolean onlyType = !TaskFilter.given(filter.campaign()) && !TaskFilter.given(filter.category())
                && !TaskFilter.given(filter.locality())
                && (filter.status() == null || "ALL".equals(filter.status()));
        long total = !onlyType ? OpenTask.count("from OpenTask t where " + where, parameters)
                : TaskFilter.given(filter.type()) ? counts.getOrDefault(filter.type(), 0L)
                : counts.values().stream().mapToLong(Long::longValue).sum();
        String order = switch (filter.sort() == null ? "DUE" : filter.sort()) {
            case "CREATED" -> " order by t.createdAt desc, t.taskId";
            case "TYPE" -> " order by t.taskType, t.dueAt nulls last, t.taskId";
            default -> " order by t.dueAt nulls last, t.createdAt, t.taskId";
        };
        int pageSize = Math.max(1, size);
        int pageNumber = Math.max(1, number);
        // the listed columns only, as values: a list of a thousand tasks makes no managed entity
        var query = OpenTask.getEntityManager().createQuery("select t.taskId, t.name, t.taskType, t.processKey, "
                + "t.dossierId, t.campaignCode, t.assignee, t.createdAt, t.dueAt from OpenTask t where " + where + order,
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult((pageNumber - 1) * pageSize)
                .setMaxResults((int) Math.min((long) pageSize, Integer.MAX_VALUE - (long) (pageNumber - 1) * pageSize))
                .getResultList();
        Instant now = Instant.now();
        return new Page(rows.stream().map(r -> view(r, now)).toList(), total, pageNumber, pageSize, counts);
    }

    /** How many open tasks of each type the person has. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countsByType(User user) {
        Map<String, Object> parameters = new HashMap<>();
        String where = visibleTo(user, parameters);
        Map<String, Long> counts = new TreeMap<>();
        var query = OpenTask.getEntityManager().createQuery(
                "select t.taskType, count(t) from OpenTask t where " + where + " group by t.taskType", Object[].class);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private String visibleTo(User user, Map<String, Object> parameters) {
        parameters.put("me", user.username());
        List<String> groups = taskAccess.groupsOf(user);
        if (groups.isEmpty()) {
            return "t.assignee = :me";
        }
        parameters.put("groups", groups);
        return "(t.assignee = :me or (t.assignee is null and exists (select 1 from OpenTask g join g.candidateGroups cg "
                + "where g.taskId = t.taskId and cg in :groups)))";
    }

    private static String filters(TaskFilter filter, User user, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (TaskFilter.given(filter.campaign())) {
            where.append(" and t.campaignCode = :campaign");
            parameters.put("campaign", filter.campaign());
        }
        if (TaskFilter.given(filter.category())) {
            where.append(" and t.categoryCode = :category");
            parameters.put("category", filter.category());
        }
        if (TaskFilter.given(filter.locality())) {
            where.append(" and t.locality = :locality");
            parameters.put("locality", filter.locality());
        }
        if (TaskFilter.given(filter.type())) {
            where.append(" and t.taskType = :type");
            parameters.put("type", filter.type());
        }
        switch (filter.status() == null ? "ALL" : filter.status()) {
            case "MINE" -> where.append(" and t.assignee = :me");
            case "UNCLAIMED" -> where.append(" and t.assignee is null");
            case "OVERDUE" -> {
                where.append(" and t.dueAt < :now");
                parameters.put("now", Instant.now());
            }
            default -> { }
        }
        return where.toString();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView find(String id, User user) {
        return view(visible(id, user));
    }

    public TaskView claim(String id, User user) {
        Task task = visible(id, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw DomainException.conflict("task.claimed_by_other", task.getAssignee());
        }
        if (task.getAssignee() == null) {
            tasks.claim(id, user.username());
        }
        return view(tasks.createTaskQuery().taskId(id).singleResult());
    }

    public TaskView unclaim(String id, User user) {
        Task task = visible(id, user);
        if (task.getAssignee() == null) {
            return view(task);
        }
        if (!task.getAssignee().equals(user.username()) || !taskAccess.isGroupTask(task, user)) {
            throw DomainException.conflict("task.not_yours");
        }
        tasks.setAssignee(id, null);
        return view(tasks.createTaskQuery().taskId(id).singleResult());
    }

    /**
     * The tasks with the names people read instead of ids: each dossier's reference, nominee,
     * category and locality (one query for the page), the campaign's name, the assignee's name as
     * the identity provider knows it (the username when it cannot say).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskView> named(List<TaskView> views, boolean english) {
        // names only, in one query: a list of a thousand tasks loads no dossier
        Map<Long, Dossier.Names> dossiers = Dossier.names(views.stream().map(TaskView::dossierId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<String, String> campaignNames = new HashMap<>();
        Map<String, String> people = new HashMap<>();
        return views.stream().map(t -> {
            Dossier.Names d = t.dossierId() == null ? null : dossiers.get(t.dossierId());
            String campaignName = t.campaignCode() == null ? null : campaignNames.computeIfAbsent(t.campaignCode(),
                    code -> Campaign.byCode(code).map(c -> c.name(english)).orElse(code));
            String assigneeName = t.assignee() == null ? null : people.computeIfAbsent(t.assignee(), names::name);
            return t.named(d == null ? null : d.reference(), d == null ? null : d.nominee(),
                    d == null ? null : d.category(english), d == null ? null : d.locality(english),
                    campaignName, assigneeName);
        }).toList();
    }

    private Task visible(String id, User user) {
        Task task = tasks.createTaskQuery().taskId(id).active().singleResult();
        if (task == null || !taskAccess.canSee(task, user)) {
            throw DomainException.notFound("task");
        }
        return task;
    }

    private static TaskView view(Object[] t, Instant now) {
        Instant dueAt = (Instant) t[8];
        return new TaskView((String) t[0], (String) t[1], (String) t[2], (String) t[3], (Long) t[4], (String) t[5],
                (String) t[6], (Instant) t[7], dueAt, dueAt != null && dueAt.isBefore(now));
    }

    private TaskView view(Task task) {
        String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        Object dossierId = tasks.getVariable(task.getId(), "dossierId");
        Object campaignCode = tasks.getVariable(task.getId(), "campaignCode");
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                dossierId instanceof Number n ? n.longValue() : null,
                campaignCode == null ? null : campaignCode.toString(), task.getAssignee(),
                task.getCreateTime().toInstant(), due, due != null && due.isBefore(Instant.now()));
    }
}
