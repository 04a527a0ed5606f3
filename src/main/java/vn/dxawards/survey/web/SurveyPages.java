package vn.dxawards.survey.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.survey.model.Survey;
import vn.dxawards.survey.model.SurveyFile;
import vn.dxawards.survey.service.SurveyService;
import vn.dxawards.survey.service.SurveyView;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.platform.web.Page;

/**
 * A survey's page, where its surveyor attaches PDFs and records the findings, and the council
 * reads them; the request form is {@link SurveyRequestPages}.
 */
@Path("/app/surveys")
@Authenticated
public class SurveyPages {

    @Inject
    Page page;

    @Inject
    SurveyService surveys;

    /** A survey's page: the survey, whether the reader records it, and what they typed. */
    public record SurveyPage(SurveyView survey, boolean recording, Map<String, String> values, String today,
            String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance survey(SurveyPage survey);
    }

    /** From the task list: the survey page of the task's survey. */
    @GET
    @Path("task/{taskId}")
    public Response byTask(@PathParam("taskId") String taskId) {
        return Response.seeOther(URI.create("/app/surveys/" + surveys.surveyOfTask(taskId, page.user()))).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("id") long id, @QueryParam("recorded") String recorded,
            @QueryParam("uploaded") String uploaded) {
        SurveyMessages texts = texts();
        return renderSurvey(id, Map.of(), null,
                recorded != null ? texts.recorded() : uploaded != null ? texts.uploaded() : null);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return page.act(() -> {
            if (file == null) {
                throw DomainException.invalid("attachment.missing");
            }
            surveys.attach(id, file.fileName(), file.uploadedFile(), page.user());
        }, "/app/surveys/" + id + "?uploaded=1", message -> renderSurvey(id, Map.of(), message, null));
    }

    @POST
    @Path("{id}/findings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response record(@PathParam("id") long id, @RestForm String findings, @RestForm String visitedOn) {
        Map<String, String> values = new HashMap<>();
        values.put("findings", findings);
        values.put("visitedOn", visitedOn);
        return page.act(() -> surveys.record(id, new SurveyService.Findings(findings, date(visitedOn)), page.user()),
                "/app/surveys/" + id + "?recorded=1", message -> renderSurvey(id, values, message, null));
    }

    @GET
    @Path("{id}/attachments/{fileId}")
    @Produces("application/pdf")
    public Response file(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        SurveyFile file = surveys.file(id, fileId, page.user());
        return Downloads.attachment(surveys.content(file), "application/pdf", file.fileName)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private String renderSurvey(long id, Map<String, String> values, String error, String flash) {
        Survey survey = surveys.find(id, page.user());
        return page.render(Templates.survey(new SurveyPage(surveys.view(survey), surveys.recording(survey, page.user()),
                values, Times.today().toString(), error)), texts().page_title(survey.dossier.reference), flash);
    }

    SurveyMessages texts() {
        return page.texts(SurveyMessages.class);
    }

    /** A date typed in a form (YYYY-MM-DD); blank is none. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid_date", value);
        }
    }
}
