package vn.dxawards.publication;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.dxawards.campaign.Campaign;
import vn.dxawards.campaign.Phase;
import vn.dxawards.common.DomainException;
import vn.dxawards.common.Search;
import vn.dxawards.web.AppMessages;
import vn.dxawards.web.Page;

/** The published results, by category and locality, searchable; no sign-in needed. */
@Path("/ket-qua")
@Transactional
public class ResultsPage {

    @Inject
    Page page;

    @Inject
    PublicResultsResource results;

    @Inject
    AppMessages messages;

    /** A published campaign in the list. */
    public record Published(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Published> campaigns);

        static native TemplateInstance results(PublicResultsResource.Results results, String query);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String index() {
        List<Published> published = Campaign.<Campaign>list("phase = ?1 order by year desc, code", Phase.PUBLISHED)
                .stream().map(c -> new Published(c.code, c.name(page.english()))).toList();
        return page.render(Templates.index(published), messages.nav_results());
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public String results(@PathParam("code") String code, @QueryParam("q") String query) {
        PublicResultsResource.Results all;
        try {
            all = results.results(code);
        } catch (DomainException e) {
            throw DomainException.notFound("results");
        }
        List<PublicResultsResource.Awardee> shown = query == null || query.isBlank() ? all.awardees()
                : all.awardees().stream().filter(a -> Search.matches(query, a.nomineeName(), a.categoryName(),
                        a.provinceName())).toList();
        return page.render(Templates.results(new PublicResultsResource.Results(all.campaign(), all.name(),
                all.decision(), shown), query == null ? "" : query), messages.results_title(all.name()));
    }
}
