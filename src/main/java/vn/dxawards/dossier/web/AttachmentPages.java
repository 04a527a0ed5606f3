package vn.dxawards.dossier.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.dossier.service.AttachmentService;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.dxawards.platform.web.Page;

/**
 * An attachment opened from a page: the same file as the API's, but under {@code /app}, where the
 * browser's session signs the request in (the API wants a bearer token the browser does not have).
 */
@Path("/app/dossiers")
@Authenticated
public class AttachmentPages {

    @Inject
    Page page;

    @Inject
    AttachmentService attachments;

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces("application/pdf")
    public Response open(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        byte[] content = attachments.content(id, attachmentId, page.user());
        String name = attachments.find(attachmentId).fileName;
        return Downloads.framed(content, "application/pdf", name)
                .build();
    }
}
