package vn.dxawards.publication.web;

import vn.dxawards.publication.model.Certificate;
import vn.dxawards.publication.service.Certificates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.deliberation.model.ProposalEntry;
import vn.dxawards.locality.model.Locality;

/** The published results; needs no sign-in and shows no personal contact data. */
@Path("/api")
@Tag(name = "Public")
public class PublicResultsResource {

    @Inject
    Language language;

    @Inject
    Certificates certificates;

    /**
     * One awardee as the public sees it, with its certificate (number, verification page, PDF) once
     * numbered — a moment after publication, by the outcome jobs.
     */
    public record Awardee(String reference, String nomineeName, String category, String categoryName, String province,
            String provinceName, int rank, BigDecimal score, String certificateNumber, String verificationUrl,
            String certificatePdf) {
    }

    /** The published results of a campaign, with the decision's date and the yearbook's address. */
    public record Results(String campaign, String name, int year, String decision, LocalDate decisionDate,
            String yearbookPdf, List<Awardee> awardees) {

        public Results withAwardees(List<Awardee> shown) {
            return new Results(campaign, name, year, decision, decisionDate, yearbookPdf, shown);
        }
    }

    @GET
    @Path("public/campaigns/{code}/results")
    @Operation(summary = "The published awardees of a campaign (404 before publication)")
    public Results results(@PathParam("code") String code) {
        return of(Campaign.byCode(code).orElseThrow(() -> DomainException.notFound("campaign")));
    }

    /** The campaign's results, not found before they are published. */
    Results of(Campaign campaign) {
        AwardDecision decision = AwardDecision.of(campaign);
        if (!campaign.published() || decision == null) {
            throw DomainException.notFound("results");
        }
        boolean english = language.english();
        Map<Long, Certificate> numbered = Certificate.ofCampaign(campaign).stream()
                .collect(Collectors.toMap(c -> c.dossier.id, Function.identity()));
        List<Awardee> awardees = Certificates.awardees(decision).stream()
                .map(e -> awardee(e, numbered.get(e.dossier.id), english))
                .toList();
        return new Results(campaign.code, campaign.name(english), campaign.year, decision.symbol,
                decision.signedAt.atZone(Times.ICT).toLocalDate(), "/api/public/campaigns/" + campaign.code
                        + "/yearbook.pdf", awardees);
    }

    private Awardee awardee(ProposalEntry entry, Certificate certificate, boolean english) {
        Locality locality = Locality.findById(entry.dossier.nomineeProvince);
        return new Awardee(entry.dossier.reference, entry.dossier.nomineeName, entry.dossier.category.code,
                entry.dossier.category.name(english), entry.dossier.nomineeProvince,
                locality == null ? null : locality.name(english), entry.ranking, entry.score,
                certificate == null ? null : certificate.number,
                certificate == null ? null : certificates.verificationUrl(certificate.number),
                certificate == null ? null : certificates.pdfPath(certificate.number));
    }
}
