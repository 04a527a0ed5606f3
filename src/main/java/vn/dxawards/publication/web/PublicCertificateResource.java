package vn.dxawards.publication.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.publication.model.Certificate;
import vn.dxawards.publication.service.Certificates;
import vn.dxawards.publication.service.Yearbooks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.platform.i18n.Language;

/** Certificates and the yearbook: public once the results are, without sign-in. */
@Path("/api")
@Tag(name = "Public")
public class PublicCertificateResource {

    @Inject
    Certificates certificates;

    @Inject
    Yearbooks yearbooks;

    @Inject
    Language language;

    @GET
    @Path("public/certificates/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a certificate: its holder, category, locality and decision (404 when unknown)")
    public Certificates.View verify(@PathParam("number") String number) {
        return certificates.view(certificates.require(number), language.english());
    }

    @GET
    @Path("public/certificates/{number}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as PDF, with the QR code of its verification page")
    public Response certificate(@PathParam("number") String number) {
        Certificate certificate = certificates.require(number);
        return Downloads.attachment(certificates.pdf(certificate), "application/pdf",
                        "giay-chung-nhan-" + certificate.number + ".pdf")
                .build();
    }

    @GET
    @Path("public/campaigns/{code}/yearbook.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The yearbook (kỷ yếu) of a published campaign: cover, contents, one profile per awardee")
    public Response yearbook(@PathParam("code") String code) {
        return Downloads.attachment(yearbooks.pdf(code), "application/pdf", "ky-yeu-" + code + ".pdf").build();
    }
}
