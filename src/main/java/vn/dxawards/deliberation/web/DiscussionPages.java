package vn.dxawards.deliberation.web;

import vn.dxawards.deliberation.service.CommentService;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.platform.web.Page;

/** The council's discussion of one shortlisted dossier: the threads, a new comment, replies. */
@Path("/app/dossiers/{id}/discussion")
@Authenticated
public class DiscussionPages {

    @Inject
    Page page;

    @Inject
    CommentService comments;

    /** What the page shows of the dossier. */
    public record Subject(Long dossierId, String reference, String nomineeName, String campaignCode, boolean open) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance discussion(Subject subject, List<CommentService.Thread> threads, String body,
                Long replyTo, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("id") long id) {
        return render(id, "", null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response post(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String body = form.getFirst("body");
        Long parentId = parseId(form.getFirst("parentId"));
        return page.act(() -> comments.post(id, body, parentId, page.user()),
                "/app/dossiers/" + id + "/discussion#end", error -> render(id, body, parentId, error));
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new DomainException(400, "bad_request");
        }
    }

    private String render(long id, String body, Long replyTo, String error) {
        CommentService.Discussion discussion = comments.discussion(id, page.user());
        Dossier dossier = discussion.dossier();
        Subject subject = new Subject(dossier.id, dossier.reference, dossier.nomineeName, dossier.campaign.code,
                discussion.open());
        return page.render(Templates.discussion(subject, discussion.threads(), body == null ? "" : body, replyTo, error),
                page.texts(DeliberationMessages.class).discussion_heading(dossier.reference));
    }
}
