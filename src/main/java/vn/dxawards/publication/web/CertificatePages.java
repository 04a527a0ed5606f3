package vn.dxawards.publication.web;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.dxawards.platform.web.Page;
import vn.dxawards.publication.service.Certificates;

/**
 * Revoking a certificate from the browser (programme staff, after publication): a page of its own
 * names the certificate and the consequence and asks for the public reason; confirmed there, the
 * certificate is revoked by the same rule as the API and the browser goes to its verification page,
 * which now says so. A refusal (no reason, already revoked) is shown on the same page, the reason kept.
 */
@Path("/app/certificates/{number}/revoke")
@Authenticated
public class CertificatePages {

    @Inject
    Page page;

    @Inject
    Certificates certificates;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance revoke(Certificates.ToRevoke revocation, String reason, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String confirm(@PathParam("number") String number) {
        return render(number, "", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response revoke(@PathParam("number") String number, @FormParam("reason") String reason) {
        return page.answer(() -> certificates.revoke(number, reason, page.user()),
                revoked -> Response.seeOther(URI.create(UriBuilder.fromPath("/xac-minh/{number}").build(number)
                        .toString())).build(),
                refusal -> render(number, reason, page.message(refusal)), 403);
    }

    private String render(String number, String reason, String error) {
        Certificates.ToRevoke revocation = certificates.toRevoke(number, page.user(), page.english());
        return page.render(Templates.revoke(revocation, reason == null ? "" : reason, error),
                page.texts(PublicationMessages.class).revoke_title(number));
    }
}
