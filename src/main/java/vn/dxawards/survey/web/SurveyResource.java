package vn.dxawards.survey.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.survey.model.Survey;
import vn.dxawards.survey.model.SurveyFile;
import vn.dxawards.survey.service.SurveyService;
import vn.dxawards.survey.service.SurveyView;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.platform.errors.DomainException;

@Path("/api")
@Authenticated
@Tag(name = "Survey")
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @Inject
    CurrentUser currentUser;

    /** A request to survey a dossier: who, by when, and what to look at. */
    public record SurveyRequest(@Size(max = 100, message = "{dx.too_long}") String surveyor, LocalDate dueDate,
            @Size(max = 2000, message = "{dx.too_long}") String purpose) {
    }

    /** The surveyor's findings and the date of the visit. */
    public record FindingsRequest(@Size(max = 8000, message = "{dx.too_long}") String findings, LocalDate visitedOn) {
    }

    /** An uploaded PDF of a survey. */
    public record FileCreated(Long id, String sha256) {
    }

    @POST
    @Path("dossiers/{id}/surveys")
    @Operation(summary = "Ask a council member to survey a dossier in appraisal or deliberation (secretary, chair)")
    public Response request(@PathParam("id") long id, @NotNull(message = "{dx.required}") @Valid SurveyRequest request) {
        Survey survey = surveys.request(id,
                new SurveyService.Request(request.surveyor(), request.dueDate(), request.purpose()), currentUser.get());
        return Response.status(201).entity(surveys.view(survey)).build();
    }

    @GET
    @Path("dossiers/{id}/surveys")
    @Operation(summary = "The field surveys of a dossier (secretariat, chair, council members without a conflict)")
    public List<SurveyView> list(@PathParam("id") long id) {
        return surveys.of(id, currentUser.get()).stream().map(surveys::view).toList();
    }

    @GET
    @Path("surveys/{id}")
    @Operation(summary = "One field survey")
    public SurveyView get(@PathParam("id") long id) {
        return surveys.view(surveys.find(id, currentUser.get()));
    }

    @POST
    @Path("surveys/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a PDF to the survey's findings (the surveyor, before recording them)")
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw DomainException.invalid("attachment.missing");
        }
        SurveyFile created = surveys.attach(id, file.fileName(), file.uploadedFile(), currentUser.get());
        return Response.status(201).entity(new FileCreated(created.id, created.sha256)).build();
    }

    @GET
    @Path("surveys/{id}/attachments/{fileId}")
    @Produces("application/pdf")
    @Operation(summary = "Download a PDF of a survey")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        SurveyFile file = surveys.file(id, fileId, currentUser.get());
        return Downloads.attachment(surveys.content(file), "application/pdf", file.fileName)
                .build();
    }

    @POST
    @Path("surveys/{id}/findings")
    @Operation(summary = "Record the findings and the date of the visit; completes the survey (the surveyor)")
    public SurveyView record(@PathParam("id") long id,
            @NotNull(message = "{dx.required}") @Valid FindingsRequest request) {
        return surveys.view(surveys.record(id, new SurveyService.Findings(request.findings(), request.visitedOn()),
                currentUser.get()));
    }
}
