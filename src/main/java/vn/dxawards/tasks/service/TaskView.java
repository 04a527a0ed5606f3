package vn.dxawards.tasks.service;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An open task of the caller or of their groups. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(String id, String name, String type, String process, Long dossierId,
        String campaignCode, String assignee, Instant created, Instant due, boolean overdue, String reference,
        String nominee, String categoryName, String localityName, String campaignName, String assigneeName) {

    public TaskView(String id, String name, String type, String process, Long dossierId, String campaignCode,
            String assignee, Instant created, Instant due, boolean overdue) {
        this(id, name, type, process, dossierId, campaignCode, assignee, created, due, overdue, null, null, null, null,
                null, null);
    }

    /** The same task with the names people read: the dossier's, the campaign's, the assignee's. */
    public TaskView named(String reference, String nominee, String categoryName, String localityName,
            String campaignName, String assigneeName) {
        return new TaskView(id, name, type, process, dossierId, campaignCode, assignee, created, due, overdue,
                reference, nominee, categoryName, localityName, campaignName, assigneeName);
    }
}
