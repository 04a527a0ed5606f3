package vn.dxawards.intake.web;

import vn.dxawards.intake.service.AuditLine;
import vn.dxawards.intake.service.AuditTrail;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.platform.web.Page;

/**
 * A dossier's audit trail as a page, for those the access policy lets read it (the secretariat): each
 * line a sentence in the reader's language ("Nguyễn Thị Thu Hà đã tiếp nhận hồ sơ …"), people by name.
 */
@Path("/app/dossiers")
@Authenticated
public class AuditPages {

    @Inject
    Page page;

    @Inject
    DossierService dossiers;

    @Inject
    AuditTrail trail;

    /** The dossier and every line recorded about it, oldest first, as sentences with people's names. */
    public record View(Long dossierId, String reference, String nominee, List<AuditLine> entries) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(View view);
    }

    @GET
    @Path("{id}/audit")
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("id") long id) {
        Dossier dossier = dossiers.visible(id, page.user(), DossierAction.READ_AUDIT);
        View view = new View(dossier.id, dossier.reference, dossier.nomineeName, trail.of(dossier, page.locale()));
        return page.render(Templates.audit(view), page.texts(IntakeMessages.class).audit_title(dossier.reference));
    }
}
