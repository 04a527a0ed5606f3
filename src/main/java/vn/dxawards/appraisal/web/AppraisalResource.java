package vn.dxawards.appraisal.web;

import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.service.AssignmentService;
import vn.dxawards.appraisal.service.ScoringStarts;
import vn.dxawards.appraisal.service.ScorecardInput;
import vn.dxawards.appraisal.service.ScorecardService;
import vn.dxawards.appraisal.service.ScorecardView;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.platform.i18n.Language;

@Path("/api")
@Authenticated
@Tag(name = "Appraisal")
public class AppraisalResource {

    @Inject
    AssignmentService assignments;

    @Inject
    ScorecardService scorecards;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    /** A juror to add to a dossier by hand. */
    public record ManualAssignment(@NotNull(message = "{dx.required}") @Size(min = 1, max = 100, message = "{dx.too_long}") String juror) {
    }

    /** The assignment just made. */
    public record AssignmentMade(Long dossierId, String juror, AssignmentService.Reason reason, Double affinity) {
    }

    /** A declared conflict of interest. */
    public record ConflictRequest(@Size(max = 2000, message = "{dx.too_long}") String reason) {
    }

    /** Who replaced the juror who declared a conflict (null when nobody eligible was left). */
    public record ConflictResult(String replacement) {
    }

    @POST
    @Path("campaigns/{code}/assignments/auto")
    @Operation(summary = "Assign jurors to every accepted dossier by the optimiser, filling empty places only; "
            + "answers the dossiers left short and why, and the jurors below the minimum load (secretary)")
    public AssignmentService.Result autoAssign(@PathParam("code") String code) {
        return assignments.assignAll(code, currentUser.get(), language.locale());
    }

    @GET
    @Path("campaigns/{code}/assignments/progress")
    @Operation(summary = "How far the scoring processes of the campaign's assignments have started: an automatic "
            + "assignment of a large campaign starts them in chunks in the background (secretary)")
    public ScoringStarts.Progress assignmentProgress(@PathParam("code") String code) {
        return assignments.progress(code, currentUser.get());
    }

    @GET
    @Path("campaigns/{code}/assignments")
    @Operation(summary = "Each council member's load and each current assignment with its reason (secretary)")
    public AssignmentService.Overview assignmentOverview(@PathParam("code") String code) {
        return assignments.overview(code, currentUser.get(), language.locale());
    }

    @POST
    @Path("dossiers/{id}/assignments")
    @Operation(summary = "Add a juror to a dossier by hand, under the same constraints as the optimiser (secretary)")
    public Response assign(@PathParam("id") long id,
            @NotNull(message = "{dx.required}") @Valid ManualAssignment request) {
        Assignment made = assignments.assign(id, request.juror(), currentUser.get());
        return Response.status(201).entity(new AssignmentMade(made.dossier.id, made.juror,
                AssignmentService.Reason.of(made.reason), made.affinity)).build();
    }

    @DELETE
    @Path("dossiers/{id}/assignments/{juror}")
    @Operation(summary = "Take a juror off a dossier before they have started scoring (secretary)")
    public Response unassign(@PathParam("id") long id, @PathParam("juror") String juror) {
        assignments.unassign(id, juror, currentUser.get());
        return Response.noContent().build();
    }

    @POST
    @Path("dossiers/{id}/conflict")
    @Operation(summary = "Declare a conflict of interest on an assigned dossier (juror)")
    public ConflictResult conflict(@PathParam("id") long id,
            @NotNull(message = "{dx.required}") @Valid ConflictRequest request) {
        return new ConflictResult(assignments.declareConflict(id, request.reason(), currentUser.get()));
    }

    @GET
    @Path("dossiers/{id}/scorecards/mine")
    @Operation(summary = "The caller's own scorecard of a dossier (assigned juror)")
    public ScorecardView mine(@PathParam("id") long id) {
        return scorecards.mine(id, currentUser.get());
    }

    @PUT
    @Path("dossiers/{id}/scorecards/mine")
    @Operation(summary = "Save the caller's scorecard as a draft (assigned juror)")
    public ScorecardView save(@PathParam("id") long id, @NotNull(message = "{dx.required}") @Valid ScorecardInput input) {
        return scorecards.saveDraft(id, input, currentUser.get());
    }

    @POST
    @Path("dossiers/{id}/scorecards/mine/submit")
    @Operation(summary = "Submit the caller's scorecard; it cannot change afterwards (assigned juror)")
    public ScorecardView submit(@PathParam("id") long id) {
        return scorecards.submit(id, currentUser.get());
    }

    @POST
    @Path("dossiers/{id}/scorecards/mine/revisions")
    @Operation(summary = "Revise a submitted scorecard in deliberation, with a reason; history is kept")
    public ScorecardView revise(@PathParam("id") long id, @NotNull(message = "{dx.required}") @Valid ScorecardInput input) {
        return scorecards.revise(id, input, currentUser.get());
    }

    @GET
    @Path("dossiers/{id}/recommendations")
    @Operation(summary = "The jury's recommendations on a dossier, anonymous (its nominator after publication; secretariat)")
    public List<ScorecardService.Advice> recommendations(@PathParam("id") long id) {
        return scorecards.recommendations(id, currentUser.get());
    }

    @GET
    @Path("dossiers/{id}/scorecards")
    @Operation(summary = "All submitted scorecards of a dossier (after one's own; secretary, chair)")
    public List<ScorecardView> all(@PathParam("id") long id) {
        return scorecards.all(id, currentUser.get());
    }
}
