package vn.dxawards.campaign.web;

import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.service.RubricService;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.campaign.service.CampaignDefinition.CriterionDefinition;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.LocalizedText;

@Path("/api/campaigns/{code}/categories/{category}/rubric")
@Authenticated
@Tag(name = "Campaigns")
public class RubricResource {

    @Inject
    RubricService rubrics;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @GET
    @Operation(summary = "A category's rubric in both languages, as the administrator edits it (admin)")
    public List<CriterionDefinition> get(@PathParam("code") String code, @PathParam("category") String category) {
        return definitions(rubrics.category(code, category, currentUser.get()));
    }

    @PUT
    @Operation(summary = "Replace a category's rubric while nominations are open; weights add up to 100 (admin)")
    public List<CriterionDefinition> replace(@PathParam("code") String code, @PathParam("category") String category,
            @NotNull(message = "{dx.required}") List<CriterionDefinition> rubric) {
        return definitions(rubrics.replace(code, category, rubric, currentUser.get(), language.locale()));
    }

    static List<CriterionDefinition> definitions(Category category) {
        return category.rubric.stream().map(c -> new CriterionDefinition(c.code, new LocalizedText(c.nameVi, c.nameEn),
                c.descriptionVi == null && c.descriptionEn == null ? null
                        : new LocalizedText(c.descriptionVi, c.descriptionEn),
                c.weight)).toList();
    }
}
