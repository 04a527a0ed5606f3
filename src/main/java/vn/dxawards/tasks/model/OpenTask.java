package vn.dxawards.tasks.model;

import vn.dxawards.tasks.process.TaskProjection;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** An open user task as task lists see it: kept in step with the engine by {@link TaskProjection}. */
@Entity
public class OpenTask extends PanacheEntityBase {

    @Id
    public String taskId;

    public String taskType;
    public String name;
    public String processKey;
    public String processInstanceId;
    public Long dossierId;
    public String campaignCode;
    public String categoryCode;
    public String locality;
    public String assignee;
    public Instant dueAt;
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "open_task_group", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "group_id")
    public Set<String> candidateGroups = new HashSet<>();
}
