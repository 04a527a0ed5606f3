package vn.dxawards.tasks.web;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.tasks.service.CampaignProgress;
import vn.dxawards.tasks.service.Progress;

@Path("/api/campaigns/{code}/progress")
@Authenticated
@Tag(name = "Campaigns")
public class ProgressResource {

    @Inject
    CampaignProgress progress;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @GET
    @Operation(summary = "The campaign's progress (secretary, chair, admin; a council member gets their own figures)",
            description = "Dossiers by status, by status within each locality and category (drafts left out of "
                    + "those two), the intake backlog and its age, scoring overall and per council member, overdue "
                    + "scorecards, votes cast against each shortlisted dossier's quorum, the proposal, and what "
                    + "keeps the campaign in its phase. A council member gets campaign and own only.")
    public Progress get(@PathParam("code") String code) {
        return progress.of(code, currentUser.get(), language.locale());
    }
}
