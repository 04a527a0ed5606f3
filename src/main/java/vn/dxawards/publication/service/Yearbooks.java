package vn.dxawards.publication.service;

import vn.dxawards.publication.model.Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.deliberation.model.ProposalEntry;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.locality.model.Locality;

/** The yearbook (kỷ yếu) of a published campaign: its awardees by category, in rank order, from their dossiers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Yearbooks {

    @Inject
    YearbookDocument document;

    public byte[] pdf(String campaignCode) {
        Campaign campaign = Campaign.byCode(campaignCode).orElseThrow(() -> DomainException.notFound("campaign"));
        AwardDecision decision = AwardDecision.of(campaign);
        if (!campaign.published() || decision == null) {
            throw DomainException.notFound("results");
        }
        return document.render(book(campaign, decision));
    }

    YearbookDocument.Book book(Campaign campaign, AwardDecision decision) {
        Map<Long, Certificate> certificates = Certificate.ofCampaign(campaign).stream()
                .collect(Collectors.toMap(c -> c.dossier.id, Function.identity()));
        List<YearbookDocument.Profile> profiles = Certificates.awardees(decision).stream()
                .sorted(Comparator.comparingInt((ProposalEntry e) -> e.dossier.category.sortOrder)
                        .thenComparingInt(e -> e.ranking))
                .map(e -> profile(e, certificates.get(e.dossier.id))).toList();
        return new YearbookDocument.Book(campaign.nameVi, campaign.year, decision.symbol,
                decision.signedAt.atZone(Times.ICT).toLocalDate(), profiles);
    }

    private static YearbookDocument.Profile profile(ProposalEntry entry, Certificate certificate) {
        Dossier d = entry.dossier;
        Locality locality = Locality.findById(d.nomineeProvince);
        return new YearbookDocument.Profile(certificate == null ? d.nomineeName : certificate.holder,
                Certificates.holderDetail(d), d.category.nameVi, locality == null ? d.nomineeProvince : locality.name,
                entry.ranking, entry.score, certificate == null ? null : certificate.number, d.nomineeWebsite,
                d.strategy, d.scale, d.initiatives, d.results);
    }
}
