package vn.dxawards.tasks.service;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.identity.User;
import vn.dxawards.access.AccessPolicy;

/** Which engine groups a person belongs to, and so which tasks they see. */
@ApplicationScoped
public class TaskAccess {

    @Inject
    TaskService tasks;

    @Inject
    AccessPolicy access;

    public List<String> groupsOf(User user) {
        return access.taskGroups(user);
    }

    public boolean canSee(Task task, User user) {
        return user.username().equals(task.getAssignee()) || isGroupTask(task, user);
    }

    public boolean isGroupTask(Task task, User user) {
        List<String> groups = groupsOf(user);
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }
}
