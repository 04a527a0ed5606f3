package vn.dxawards.publication.web;

import vn.dxawards.publication.service.Certificates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.platform.i18n.Language;

/** Looking after issued certificates (programme staff). */
@Path("/api")
@Authenticated
@Tag(name = "Publication")
public class CertificateResource {

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    /** Why a certificate is withdrawn; shown on its verification page. */
    public record Revocation(String reason) {
    }

    @POST
    @Path("certificates/{number}/revoke")
    @Operation(summary = "Revoke a certificate with a reason (admin, after publication); its verification page then "
            + "says so")
    public Certificates.View revoke(@PathParam("number") String number,
            @NotNull(message = "{dx.required}") Revocation revocation) {
        return certificates.view(certificates.revoke(number, revocation.reason(), currentUser.get()),
                language.english());
    }
}
