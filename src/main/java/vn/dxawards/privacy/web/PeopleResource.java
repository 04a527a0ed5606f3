package vn.dxawards.privacy.web;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.privacy.service.DataSubjectRequests;
import vn.dxawards.privacy.service.DataSubjectRequests.Erasure;
import vn.dxawards.privacy.service.DataSubjectRequests.Export;

/** A data subject's access and erasure requests, answered by programme staff (DESIGN.md §5). */
@Path("/api/people")
@Authenticated
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    DataSubjectRequests requests;

    @Inject
    CurrentUser currentUser;

    /** The erasure request. */
    public record ErasureRequest(String email, String reason) {
    }

    @GET
    @Path("data")
    @Operation(summary = "Everything held on the person with this e-mail address, as JSON (admin; audited)")
    public Export data(@QueryParam("email") String email) {
        return requests.access(email, currentUser.get());
    }

    @POST
    @Path("erasure")
    @Operation(summary = "Erase the person's personal data, except what the law keeps (admin; audited)")
    public Erasure erase(ErasureRequest request) {
        return requests.erase(request == null ? null : request.email(), request == null ? null : request.reason(),
                currentUser.get());
    }
}
