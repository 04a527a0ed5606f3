package vn.dxawards.intake.web;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.identity.User;
import vn.dxawards.dossier.model.Dossier;

/**
 * The secretariat's pages about a dossier that the person may open, for the dossier page
 * ({@code templates/intake/dossier-links.html}); the access policy decides each one.
 */
@Named("secretariatLinks")
@RequestScoped
@Unremovable
public class SecretariatLinks {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessPolicy access;

    /** A link: {@code kind} names its text ({@code intake:link}). */
    public record Link(String kind, String href) {
    }

    /** Called while a dossier's page renders; {@code except} is that page's own kind. */
    public List<Link> forDossier(Long dossierId, String except) {
        User user = currentUser.get();
        Dossier dossier = Dossier.findById(dossierId);
        List<Link> links = new ArrayList<>();
        if (dossier == null) {
            return links;
        }
        if (access.may(user, DossierAction.DECIDE_INTAKE, dossier)) {
            links.add(new Link("intake", "/app/intake/" + dossier.id));
        }
        if (access.may(user, DossierAction.READ_AUDIT, dossier)) {
            links.add(new Link("audit", "/app/dossiers/" + dossier.id + "/audit"));
        }
        if (access.may(user, CampaignAction.ASSIGN, dossier.campaign)) {
            links.add(new Link("assignments", "/app/campaigns/" + dossier.campaign.code + "/assignments"));
        }
        if (access.may(user, CampaignAction.READ_RANKING, dossier.campaign)) {
            links.add(new Link("ranking", "/app/campaigns/" + dossier.campaign.code + "/ranking"));
        }
        if (links.stream().anyMatch(l -> l.kind().equals("intake") || l.kind().equals("assignments"))) {
            links.add(new Link("secretariat", "/app/secretariat"));
        }
        links.removeIf(l -> l.kind().equals(except));
        return links;
    }
}
