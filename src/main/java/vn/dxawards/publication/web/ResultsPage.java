package vn.dxawards.publication.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Search;
import vn.dxawards.platform.web.AppMessages;
import vn.dxawards.platform.web.Page;

/** The published results, by category and locality, searchable; no sign-in needed. */
@Path("/ket-qua")
public class ResultsPage {

    @Inject
    Page page;

    @Inject
    PublicResultsResource results;

    /** A published campaign in the list. */
    public record Published(String code, String name) {
    }

    /** A choice in a filter. */
    public record Option(String value, String label) {
    }

    /** What the person filtered by, and the choices the published awardees offer. */
    public record Filter(String query, String category, String locality, List<Option> categories,
            List<Option> localities) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Published> campaigns);

        static native TemplateInstance results(PublicResultsResource.Results results, Filter filter);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String index() {
        List<Published> published = Campaign.publishedNewestFirst().stream()
                .map(c -> new Published(c.code, c.name(page.english()))).toList();
        return page.render(Templates.index(published), page.texts(AppMessages.class).nav_results());
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public String results(@PathParam("code") String code, @QueryParam("q") String query,
            @QueryParam("category") String category, @QueryParam("locality") String locality) {
        // an unknown campaign is, to the public, one without results
        PublicResultsResource.Results all = results.of(Campaign.byCode(code)
                .orElseThrow(() -> DomainException.notFound("results")));
        List<PublicResultsResource.Awardee> shown = all.awardees().stream()
                .filter(a -> query == null || query.isBlank()
                        || Search.matches(query, a.nomineeName(), a.categoryName(), a.provinceName()))
                .filter(a -> category == null || category.isBlank() || category.equals(a.category()))
                .filter(a -> locality == null || locality.isBlank() || locality.equals(a.province()))
                .toList();
        List<Option> categories = all.awardees().stream().map(a -> new Option(a.category(), a.categoryName()))
                .distinct().toList();
        List<Option> localities = all.awardees().stream()
                .map(a -> new Option(a.province(), a.provinceName() == null ? a.province() : a.provinceName()))
                .distinct().sorted(java.util.Comparator.comparing(Option::label, vn.dxawards.platform.i18n.Collation.VIETNAMESE))
                .toList();
        Filter filter = new Filter(query == null ? "" : query, category == null ? "" : category,
                locality == null ? "" : locality, categories, localities);
        return page.render(Templates.results(all.withAwardees(shown), filter),
                page.texts(PublicationMessages.class).results_title(all.name()));
    }
}
