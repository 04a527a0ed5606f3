package vn.dxawards.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.access.User;
import vn.dxawards.common.DomainException;

/** The open tasks of a person and of their groups, from the engine; claiming and giving back. */
@ApplicationScoped
public class TaskList {

    @Inject
    TaskService tasks;

    @Inject
    RepositoryService repository;

    @Inject
    TaskAccess taskAccess;

    public List<TaskView> open(User user, String type) {
        List<TaskView> views = new ArrayList<>();
        for (Task task : query(user, type).orderByDueDate().asc().orderByTaskCreateTime().asc().list()) {
            views.add(view(task));
        }
        return views;
    }

    /** How many open tasks of each type the person has. */
    public Map<String, Long> countsByType(User user) {
        Map<String, Long> counts = new TreeMap<>();
        for (Task task : query(user, null).list()) {
            counts.merge(task.getTaskDefinitionKey(), 1L, Long::sum);
        }
        return counts;
    }

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

    private TaskQuery query(User user, String type) {
        List<String> groups = taskAccess.groupsOf(user);
        TaskQuery query = tasks.createTaskQuery().active();
        query = groups.isEmpty() ? query.taskAssignee(user.username())
                : query.or().taskAssignee(user.username()).taskCandidateGroupIn(groups).endOr();
        if (type != null && !type.isBlank()) {
            query = query.taskDefinitionKey(type);
        }
        return query;
    }

    private Task visible(String id, User user) {
        Task task = tasks.createTaskQuery().taskId(id).active().singleResult();
        if (task == null || !taskAccess.canSee(task, user)) {
            throw DomainException.notFound("task");
        }
        return task;
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
