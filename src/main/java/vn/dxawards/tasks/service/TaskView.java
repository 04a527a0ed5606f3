package vn.dxawards.tasks.service;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An open task of the caller or of their groups. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(String id, String name, String type, String process, Long dossierId,
        String campaignCode, String assignee, Instant created, Instant due, boolean overdue) {
}
