package vn.dxawards.privacy.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.web.Page;
import vn.dxawards.privacy.service.DataSubjectRequests;
import vn.dxawards.privacy.service.DataSubjectRequests.Export;

/**
 * Programme staff answer a data subject's requests in the browser: look up what is held on an
 * address (the access request, audited), hand the person the JSON, and erase it after a
 * confirmation. The same service answers {@code /api/people}.
 */
@Path("/app/people")
@Authenticated
public class PeoplePages {

    @Inject
    Page page;

    @Inject
    AccessPolicy access;

    @Inject
    DataSubjectRequests requests;

    @Inject
    ObjectMapper json;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(String email, Export export, String exportJson, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        if (!access.answersDataSubjectRequests(page.user())) {
            throw DomainException.forbidden("forbidden");
        }
        return render(null, null, null, null);
    }

    @POST
    @Path("access")
    @Produces(MediaType.TEXT_HTML)
    public Response lookUp(@FormParam("email") String email) {
        return page.answer(() -> requests.access(email, page.user()),
                export -> Response.ok(render(export.email(), export, null, null)).build(),
                refusal -> render(email, null, page.message(refusal), null), 403);
    }

    @POST
    @Path("erasure")
    @Produces(MediaType.TEXT_HTML)
    public Response erase(@FormParam("email") String email, @FormParam("reason") String reason,
            @FormParam("confirm") String confirm) {
        if (confirm == null) {
            return page.refused(422, render(email, null, page.texts(PrivacyMessages.class).confirm_required(), null));
        }
        return page.answer(() -> requests.erase(email, reason, page.user()),
                erasure -> Response.ok(render(erasure.email(), null, null, page.texts(PrivacyMessages.class)
                        .erased(erasure.anonymised().size(), erasure.withdrawn().size(), erasure.keptByLaw().size())))
                        .build(),
                refusal -> render(email, null, page.message(refusal), null), 403);
    }

    private String render(String email, Export export, String error, String flash) {
        String exportJson = null;
        if (export != null) {
            try {
                exportJson = json.writerWithDefaultPrettyPrinter().writeValueAsString(export);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return page.render(Templates.people(email, export, exportJson, error),
                page.texts(PrivacyMessages.class).title(), flash);
    }
}
