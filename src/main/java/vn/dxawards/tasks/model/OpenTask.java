package vn.dxawards.tasks.model;

import java.util.Map;
import java.util.List;
import java.util.HashMap;
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

/** An open user task as task lists see it: kept in step with the engine by {@code tasks.process.TaskProjection}. */
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

    /** How many open tasks there are of each type. */
    public static Map<String, Long> countByType() {
        return counts(getEntityManager()
                .createQuery("select t.taskType, count(t) from OpenTask t group by t.taskType", Object[].class)
                .getResultList());
    }

    /** How many open tasks of each type are past their due date. */
    public static Map<String, Long> countOverdueByType(Instant now) {
        return counts(getEntityManager()
                .createQuery("select t.taskType, count(t) from OpenTask t where t.dueAt < :now group by t.taskType",
                        Object[].class)
                .setParameter("now", now).getResultList());
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
