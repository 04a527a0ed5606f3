package vn.dxawards.publication.web;

import vn.dxawards.publication.model.Certificate;
import vn.dxawards.publication.service.CertificateDocument;
import vn.dxawards.publication.service.Certificates;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.dxawards.platform.web.Page;

/**
 * The public verification of a certificate (the address its QR code holds): number, holder,
 * category, locality and the decision it comes from; an unknown number says so with a 404.
 */
@Path("/xac-minh")
public class VerificationPage {

    @Inject
    Page page;

    @Inject
    Certificates certificates;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String number);

        static native TemplateInstance certificate(Certificates.View certificate, String decisionDate);

        static native TemplateInstance unknown(String number);
    }

    /** The form to type a number; submitting it goes to that number's page. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("so") String number) {
        if (number != null && !number.isBlank()) {
            return Response.seeOther(UriBuilder.fromPath("/xac-minh/{number}").build(number.trim())).build();
        }
        return Response.ok(page.render(Templates.form(""), page.texts(PublicationMessages.class).verify_title()))
                .build();
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.TEXT_HTML)
    public Response verify(@PathParam("number") String number) {
        Optional<Certificate> found = certificates.find(number);
        if (found.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page.render(Templates.unknown(number),
                            page.texts(PublicationMessages.class).verify_unknown_title(number)))
                    .build();
        }
        Certificates.View view = certificates.view(found.get(), page.english());
        String date = CertificateDocument.date(view.decisionDate());
        return Response.ok(page.render(Templates.certificate(view, date),
                page.texts(PublicationMessages.class).verify_title()))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
