package vn.dxawards.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.dxawards.access.CurrentUser;
import vn.dxawards.access.User;
import vn.dxawards.common.DomainException;

@Path("/api")
@Authenticated
@Transactional
@Tag(name = "Tasks")
public class TaskResource {

    @Inject
    TaskService tasks;

    @Inject
    RepositoryService repository;

    @Inject
    TaskAccess taskAccess;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("tasks")
    @Operation(summary = "The caller's open tasks and those of their groups, earliest due first")
    public List<TaskView> list() {
        User user = currentUser.get();
        List<String> groups = taskAccess.groupsOf(user);
        var query = tasks.createTaskQuery().active();
        query = groups.isEmpty() ? query.taskAssignee(user.username())
                : query.or().taskAssignee(user.username()).taskCandidateGroupIn(groups).endOr();
        List<TaskView> views = new ArrayList<>();
        for (Task task : query.orderByDueDate().asc().orderByTaskCreateTime().asc().list()) {
            views.add(view(task));
        }
        return views;
    }

    @POST
    @Path("tasks/{id}/claim")
    @Operation(summary = "Take a group task for oneself")
    public TaskView claim(@PathParam("id") String id) {
        User user = currentUser.get();
        Task task = visible(id, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw DomainException.conflict("task.claimed_by_other", task.getAssignee());
        }
        if (task.getAssignee() == null) {
            tasks.claim(id, user.username());
        }
        return view(tasks.createTaskQuery().taskId(id).singleResult());
    }

    @POST
    @Path("tasks/{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its group")
    public TaskView unclaim(@PathParam("id") String id) {
        User user = currentUser.get();
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
