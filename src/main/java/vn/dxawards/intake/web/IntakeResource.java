package vn.dxawards.intake.web;

import vn.dxawards.intake.service.IntakeRequest;
import vn.dxawards.intake.service.IntakeService;
import vn.dxawards.intake.service.BulkIntake;
import vn.dxawards.intake.service.BulkIntakeRequest;
import vn.dxawards.platform.i18n.Language;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.dossier.model.Dossier;

@Path("/api")
@Authenticated
@Tag(name = "Intake")
public class IntakeResource {

    @Inject
    IntakeService intake;

    @Inject
    CurrentUser currentUser;

    /** What the intake decision did to the dossier. */
    public record IntakeResult(Long id, String reference, String status, boolean overdue) {
    }

    @Inject
    BulkIntake bulk;

    @Inject
    Language language;

    @POST
    @Path("campaigns/{code}/intake/bulk")
    @Operation(summary = "Accept several submitted dossiers of the campaign (secretary)",
            description = "Each dossier is its own decision, in its own transaction, with its own audit line; the "
                    + "answer lists each one's new status or its refusal (code and message), in the order asked. "
                    + "One refusal never blocks the others.")
    public List<BulkIntake.Outcome> decideMany(@PathParam("code") String code,
            @NotNull(message = "{dx.required}") @Valid BulkIntakeRequest request) {
        return bulk.decide(code, request.dossierIds(), request.decision(), request.note(), currentUser.get(),
                language.locale());
    }

    @POST
    @Path("dossiers/{id}/intake")
    @Operation(summary = "Accept, request a supplement or reject a submitted dossier (secretary)")
    public IntakeResult decide(@PathParam("id") long id, @NotNull(message = "{dx.required}") @Valid IntakeRequest request) {
        Dossier dossier = intake.decide(id, request, currentUser.get());
        return new IntakeResult(dossier.id, dossier.reference, dossier.status.name(), dossier.overdue);
    }
}
