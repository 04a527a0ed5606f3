package vn.dxawards.appraisal.web;

import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.service.OverdueScorecards;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.dxawards.identity.CurrentUser;

@Path("/api")
@Authenticated
@Tag(name = "Appraisal")
public class OverdueResource {

    @Inject
    OverdueScorecards overdue;

    @Inject
    CurrentUser currentUser;

    /** Who takes over an overdue scorecard. */
    public record ReassignRequest(@Size(max = 100, message = "{dx.too_long}") String juror) {
    }

    /** The new assignment. */
    public record Reassigned(Long assignmentId, Long dossierId, String juror, LocalDate dueDate) {
    }

    @GET
    @Path("campaigns/{code}/overdue-scorecards")
    @Operation(summary = "Scorecards past their due date, with the members who may take each over (secretariat, admin)")
    public List<OverdueScorecards.Overdue> list(@PathParam("code") String code) {
        return overdue.list(code, currentUser.get());
    }

    @POST
    @Path("assignments/{id}/reassign")
    @Operation(summary = "Give an overdue scorecard to another council member, who is told by e-mail (secretary)")
    public Reassigned reassign(@PathParam("id") long id,
            @NotNull(message = "{dx.required}") @Valid ReassignRequest request) {
        Assignment created = overdue.reassign(id, request.juror(), currentUser.get());
        return new Reassigned(created.id, created.dossier.id, created.juror, created.dueDate);
    }
}
