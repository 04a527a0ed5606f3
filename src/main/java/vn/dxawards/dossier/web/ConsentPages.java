package vn.dxawards.dossier.web;


import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.dossier.model.ConsentRequest.Decision;
import vn.dxawards.dossier.service.ConsentService;
import vn.dxawards.dossier.web.ConsentResource.NoticeView;
import vn.dxawards.platform.web.Page;

/**
 * The public page behind a leader's consent link (no sign-in): who nominated them and for what,
 * the purpose, the data processed, who sees it, how long it is kept and their rights, then the
 * choice to consent or refuse — and, after consenting, to withdraw.
 */
@Path("/dong-y")
public class ConsentPages {

    @Inject
    Page page;

    @Inject
    ConsentService consents;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(String token, NoticeView notice, String error);
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("token") String token) {
        return render(token, ConsentResource.view(consents.notice(token)), null);
    }

    @POST
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("token") String token, @FormParam("decision") String decision) {
        return page.act(() -> consents.decide(token, parse(decision)), "/dong-y/" + token,
                message -> render(token, ConsentResource.view(consents.notice(token)), message));
    }

    private String render(String token, NoticeView notice, String error) {
        return page.render(Templates.notice(token, notice, error),
                page.texts(DossierMessages.class).consent_page_title());
    }

    private static Decision parse(String decision) {
        try {
            return decision == null ? null : Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
