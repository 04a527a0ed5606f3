package vn.dxawards.publication.web;

import vn.dxawards.publication.service.Exports;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.dxawards.platform.web.Page;

/** The exports as downloads from the pages (signed in by the session, like every page under /app). */
@Path("/app/campaigns/{code}/exports")
@Authenticated
public class ExportPages {

    @Inject
    Exports exports;

    @Inject
    Page page;

    @GET
    @Path("{kind}.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/html"})
    public Response download(@PathParam("code") String code, @PathParam("kind") String kind,
            @PathParam("format") String format) {
        return ExportResource.send(exports.export(code, ExportResource.kind(kind), ExportResource.format(format),
                page.user(), page.english()));
    }
}
