package vn.dxawards.publication.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.publication.service.Exports;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Language;

/** Results and scores as files, for scripts (bearer token); the pages offer the same at /app/…/exports. */
@Path("/api")
@Authenticated
@Tag(name = "Exports")
public class ExportResource {

    @Inject
    Exports exports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @GET
    @Path("campaigns/{code}/exports/{kind}.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Export the results (ranking, votes, awards, certificates) or the scores (per dossier, juror "
            + "and criterion) as csv or xlsx: secretary and chair from deliberation on, admin after publication")
    public Response export(@PathParam("code") String code, @PathParam("kind") String kind,
            @PathParam("format") String format) {
        return send(exports.export(code, kind(kind), format(format), currentUser.get(), language.english()));
    }

    static Exports.Kind kind(String kind) {
        return switch (kind) {
            case "results" -> Exports.Kind.RESULTS;
            case "scores" -> Exports.Kind.SCORES;
            default -> throw DomainException.notFound("resource");
        };
    }

    static Exports.Format format(String format) {
        try {
            return Exports.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("resource");
        }
    }

    static Response send(Exports.File file) {
        // written while it is sent (the workbook streams its rows out)
        jakarta.ws.rs.core.StreamingOutput body = out -> file.content().writeTo(out);
        return Downloads.attachment(body, file.mediaType(), file.name()).build();
    }
}
