package vn.dxawards.publication;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.dxawards.campaign.Campaign;
import vn.dxawards.campaign.Phase;
import vn.dxawards.common.DomainException;
import vn.dxawards.common.Language;
import vn.dxawards.decision.AwardDecision;
import vn.dxawards.decision.ProposalEntry;
import vn.dxawards.locality.Locality;

/** The published results; needs no sign-in and shows no personal contact data. */
@Path("/api")
@Transactional
@Tag(name = "Public")
public class PublicResultsResource {

    @Inject
    Language language;

    /** One awardee as the public sees it. */
    public record Awardee(String reference, String nomineeName, String category, String categoryName, String province,
            String provinceName, int rank, BigDecimal score) {
    }

    /** The published results of a campaign. */
    public record Results(String campaign, String name, String decision, List<Awardee> awardees) {
    }

    @GET
    @Path("public/campaigns/{code}/results")
    @Operation(summary = "The published awardees of a campaign (404 before publication)")
    public Results results(@PathParam("code") String code) {
        Campaign campaign = Campaign.byCode(code).orElseThrow(() -> DomainException.notFound("campaign"));
        AwardDecision decision = AwardDecision.of(campaign);
        if (campaign.phase != Phase.PUBLISHED || decision == null) {
            throw DomainException.notFound("results");
        }
        boolean english = language.english();
        List<Awardee> awardees = decision.proposal.entries.stream()
                .filter(e -> e.awarded)
                .map(e -> awardee(e, english))
                .toList();
        return new Results(campaign.code, campaign.name(english), decision.symbol, awardees);
    }

    private static Awardee awardee(ProposalEntry entry, boolean english) {
        Locality locality = Locality.findById(entry.dossier.nomineeProvince);
        return new Awardee(entry.dossier.reference, entry.dossier.nomineeName, entry.dossier.category.code,
                entry.dossier.category.name(english), entry.dossier.nomineeProvince,
                locality == null ? null : locality.name(english), entry.ranking, entry.score);
    }
}
