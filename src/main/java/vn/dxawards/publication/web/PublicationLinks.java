package vn.dxawards.publication.web;

import vn.dxawards.publication.model.Certificate;
import vn.dxawards.publication.service.Certificates;
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
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.dossier.model.Dossier;

/**
 * Links of the publication that other pages show: a dossier's certificate, a campaign's exports
 * ({@code templates/publication/*.html}); the access policy decides each one.
 */
@Named("publicationLinks")
@RequestScoped
@Unremovable
public class PublicationLinks {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessPolicy access;

    @Inject
    Certificates certificates;

    /** A link: {@code kind} names its text. */
    public record Link(String kind, String href) {
    }

    /** The certificate of an awarded dossier, once numbered, to those who may see the dossier. */
    public Certificates.View certificate(Long dossierId) {
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null || !access.may(currentUser.get(), DossierAction.VIEW, dossier)) {
            return null;
        }
        return certificates.find(Certificate.ofDossier(dossier).map(c -> c.number).orElse(null))
                .map(c -> certificates.view(c, false)).orElse(null);
    }

    /** Whether the person may revoke this certificate now (programme staff, after publication). */
    public boolean revocable(String number) {
        return number != null && certificates.revocable(number, currentUser.get());
    }

    /** The exports of a campaign that the person may download. */
    public List<Link> exports(String campaignCode) {
        User user = currentUser.get();
        List<Link> links = new ArrayList<>();
        Campaign campaign = Campaign.byCode(campaignCode).orElse(null);
        if (campaign == null) {
            return links;
        }
        String base = "/app/campaigns/" + campaign.code + "/exports/";
        if (access.may(user, CampaignAction.EXPORT_RESULTS, campaign)) {
            links.add(new Link("results_csv", base + "results.csv"));
            links.add(new Link("results_xlsx", base + "results.xlsx"));
        }
        if (access.may(user, CampaignAction.EXPORT_SCORES, campaign)) {
            links.add(new Link("scores_csv", base + "scores.csv"));
            links.add(new Link("scores_xlsx", base + "scores.xlsx"));
        }
        return links;
    }
}
