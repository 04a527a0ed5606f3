package vn.dxawards.tasks.process;

import vn.dxawards.tasks.model.OpenTask;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.dossier.model.Dossier;

/**
 * Keeps {@link OpenTask} in step with the engine: every user task of every process gets listeners
 * (added when the BPMN is parsed) that write the projection in the engine's own transaction.
 */
@ApplicationScoped
public class TaskProjection extends AbstractBpmnParseListener {

    @Inject
    TaskService tasks;

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ActivityBehavior behavior = activity.getActivityBehavior();
        if (behavior instanceof UserTaskActivityBehavior userTask) {
            TaskDefinition definition = userTask.getTaskDefinition();
            TaskListener listener = TaskProjection::onEvent;
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
        }
    }

    private static void onEvent(DelegateTask task) {
        Arc.container().instance(TaskProjection.class).get().apply(task);
    }

    void apply(DelegateTask task) {
        String event = task.getEventName();
        if (TaskListener.EVENTNAME_COMPLETE.equals(event) || TaskListener.EVENTNAME_DELETE.equals(event)) {
            OpenTask.deleteById(task.getId());
            return;
        }
        // a task just created has no row yet (its id is new): no look-up, and the row is written
        // once, whole (an insert, not an insert and an update)
        boolean created = TaskListener.EVENTNAME_CREATE.equals(event);
        OpenTask row = created ? null : OpenTask.findById(task.getId());
        boolean fresh = row == null;
        if (fresh) {
            row = new OpenTask();
            row.taskId = task.getId();
            row.taskType = task.getTaskDefinitionKey();
            row.processKey = task.getProcessDefinitionId().split(":")[0];
            row.processInstanceId = task.getProcessInstanceId();
            row.createdAt = task.getCreateTime() == null ? Instant.now() : task.getCreateTime().toInstant();
            // read from the task's execution: a new task has no variables of its own, and asking the
            // task would first look for them in the database
            VariableScope variables = task.getExecution() != null ? task.getExecution() : task;
            describe(row, variables.getVariable("dossierId"), variables.getVariable("campaignCode"));
        }
        row.name = task.getName();
        row.assignee = task.getAssignee();
        row.dueAt = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        Set<String> groups = new HashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        row.candidateGroups.retainAll(groups);
        row.candidateGroups.addAll(groups);
        if (fresh) {
            row.persist();
        }
    }

    /** What a task is about: its dossier (with campaign, category and locality) or its campaign. */
    private static void describe(OpenTask row, Object dossierId, Object campaignCode) {
        if (dossierId instanceof Number number) {
            row.dossierId = number.longValue();
            Dossier dossier = Dossier.findById(row.dossierId);
            if (dossier != null) {
                row.campaignCode = dossier.campaign.code;
                row.categoryCode = dossier.category.code;
                row.locality = dossier.nomineeProvince;
            }
        }
        if (row.campaignCode == null && campaignCode != null) {
            row.campaignCode = campaignCode.toString();
        }
    }

    /** Fills the projection from the engine when it is empty (a database from before it existed). */
    @Transactional
    void rebuildIfEmpty(@Observes @Priority(15) StartupEvent event) {
        if (OpenTask.count() > 0 || tasks.createTaskQuery().active().count() == 0) {
            return;
        }
        for (Task task : tasks.createTaskQuery().active().list()) {
            OpenTask row = new OpenTask();
            row.taskId = task.getId();
            row.taskType = task.getTaskDefinitionKey();
            row.name = task.getName();
            row.processKey = task.getProcessDefinitionId().split(":")[0];
            row.processInstanceId = task.getProcessInstanceId();
            row.assignee = task.getAssignee();
            row.dueAt = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            row.createdAt = task.getCreateTime().toInstant();
            describe(row, tasks.getVariable(task.getId(), "dossierId"), tasks.getVariable(task.getId(), "campaignCode"));
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    row.candidateGroups.add(link.getGroupId());
                }
            }
            row.persist();
        }
    }
}
