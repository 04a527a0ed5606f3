package vn.dxawards.survey.service;

import vn.dxawards.survey.model.Survey;
import vn.dxawards.survey.model.SurveyFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A field survey as the API and the pages show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyView(Long id, Long dossierId, String reference, String surveyor, String surveyorName,
        String requestedBy, Instant requestedAt, LocalDate dueDate, String purpose, Survey.Status status,
        String findings, LocalDate visitedOn, Instant completedAt, List<FileView> files) {

    /** A PDF of the findings. */
    public record FileView(Long id, String fileName, long size, String sha256) {
    }

    public static SurveyView of(Survey s, String surveyorName) {
        return new SurveyView(s.id, s.dossier.id, s.dossier.reference, s.surveyor, surveyorName, s.requestedBy,
                s.requestedAt, s.dueDate, s.purpose, s.status, s.findings, s.visitedOn, s.completedAt,
                SurveyFile.of(s).stream().map(f -> new FileView(f.id, f.fileName, f.sizeBytes, f.sha256)).toList());
    }

    public boolean done() {
        return status == Survey.Status.DONE;
    }
}
