package vn.dxawards.publication.service;

import vn.dxawards.publication.model.Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.platform.engine.Actors;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.deliberation.model.ProposalEntry;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.locality.model.Locality;

/**
 * Issues, finds and prints the awardees' certificates. Numbers are given once, at publication,
 * in rank order; the verification page confirms a number with its holder and decision.
 *
 * <p>Why no secret code in the number: the certificates are public documents (the results page
 * links each one), so a code printed on them would be public too. What makes a forgery evident is
 * that the page names the holder and the decision: a copied number shows another holder, an
 * invented one is unknown.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    static final String PREFIX = "TOP100";

    @Inject
    AuditLog audit;

    @Inject
    CertificateDocument document;

    @Inject
    AccessPolicy access;

    /** The address the certificates' QR codes point to (scheme, host and port as the public reaches them). */
    @ConfigProperty(name = "dx.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    /** A certificate as the verification page and the feed show it. */
    public record View(String number, String status, String holder, String holderDetail, String category,
            String categoryName, String province, String provinceName, String campaign, String campaignName, int year,
            String decision, LocalDate decisionDate, Instant issuedAt, Instant revokedAt, String revokedReason,
            String verificationUrl, String pdfUrl) {
    }

    /**
     * Numbers the awardees of a published campaign, once: later calls find them numbered. Runs in
     * the outcome jobs, which the engine runs one after another for a campaign; two campaigns
     * published at the same moment may race for a year's numbers, and the loser's job is retried.
     */
    public List<Certificate> issue(Campaign campaign) {
        List<Certificate> issued = Certificate.ofCampaign(campaign);
        AwardDecision decision = AwardDecision.of(campaign);
        if (!issued.isEmpty() || decision == null || !campaign.published()) {
            return issued;
        }
        int year = decision.decisionYear;
        int next = Certificate.lastSequenceNumberOf(year) + 1;
        Instant now = Instant.now();
        issued = new java.util.ArrayList<>();
        for (ProposalEntry entry : awardees(decision)) {
            Certificate certificate = new Certificate();
            certificate.year = year;
            certificate.sequenceNumber = next++;
            certificate.number = "%s-%d-%03d".formatted(PREFIX, year, certificate.sequenceNumber);
            certificate.campaign = campaign;
            certificate.dossier = entry.dossier;
            certificate.decision = decision;
            certificate.holder = entry.dossier.nomineeName;
            certificate.status = Certificate.Status.VALID;
            certificate.issuedAt = now;
            certificate.persist();
            issued.add(certificate);
        }
        audit.record(Actors.current().username(), "CERTIFICATES_ISSUED", campaign.code, null, null, null,
                issued.size() + " (" + (issued.isEmpty() ? "-" : issued.get(0).number + " … "
                        + issued.get(issued.size() - 1).number) + ")");
        return issued;
    }

    /** The awarded entries of the signed decision, in rank order. */
    public static List<ProposalEntry> awardees(AwardDecision decision) {
        return decision.proposal.entries.stream().filter(e -> e.awarded)
                .sorted(java.util.Comparator.comparingInt(e -> e.ranking)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Certificate> find(String number) {
        if (number == null || number.length() > 40) {
            return Optional.empty();
        }
        return Certificate.byNumber(number.trim().toUpperCase(java.util.Locale.ROOT))
                .filter(c -> c.campaign.published());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate require(String number) {
        return find(number).orElseThrow(() -> DomainException.notFound("certificate"));
    }

    /** A certificate about to be revoked by this person, with its dossier; refused as {@link #revoke} would be. */
    public record ToRevoke(View certificate, Long dossierId) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ToRevoke toRevoke(String number, User user, boolean english) {
        Certificate certificate = require(number);
        access.require(user, CampaignAction.REVOKE_CERTIFICATE, certificate.campaign);
        if (certificate.status == Certificate.Status.REVOKED) {
            throw DomainException.conflict("certificate.already_revoked", certificate.number);
        }
        return new ToRevoke(view(certificate, english), certificate.dossier.id);
    }

    /** Whether this person may revoke the dossier's certificate now (the link on the dossier's page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean revocable(String number, User user) {
        return find(number).filter(c -> c.status == Certificate.Status.VALID)
                .map(c -> access.may(user, CampaignAction.REVOKE_CERTIFICATE, c.campaign)).orElse(false);
    }

    /** Withdraws a certificate; the verification page then says it is revoked, when and why. */
    public Certificate revoke(String number, String reason, User user) {
        Certificate certificate = require(number);
        access.require(user, CampaignAction.REVOKE_CERTIFICATE, certificate.campaign);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("certificate.reason_required");
        }
        if (reason.length() > 1000) {
            throw DomainException.invalid("certificate.reason_too_long");
        }
        if (certificate.status == Certificate.Status.REVOKED) {
            throw DomainException.conflict("certificate.already_revoked", certificate.number);
        }
        certificate.status = Certificate.Status.REVOKED;
        certificate.revokedAt = Instant.now();
        certificate.revokedReason = reason.trim();
        audit.record(user.username(), "CERTIFICATE_REVOKED", certificate.campaign.code, certificate.dossier.id, null,
                null, certificate.number + ": " + certificate.revokedReason);
        return certificate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String verificationUrl(String number) {
        return base() + "/xac-minh/" + number;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String pdfPath(String number) {
        return "/api/public/certificates/" + number + ".pdf";
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View view(Certificate certificate, boolean english) {
        Dossier dossier = certificate.dossier;
        Locality locality = Locality.findById(dossier.nomineeProvince);
        AwardDecision decision = certificate.decision;
        return new View(certificate.number, certificate.status.name(), certificate.holder, holderDetail(dossier),
                dossier.category.code, dossier.category.name(english), dossier.nomineeProvince,
                locality == null ? null : locality.name(english), certificate.campaign.code,
                certificate.campaign.name(english), certificate.year, decision.symbol,
                decision.signedAt.atZone(Times.ICT).toLocalDate(), certificate.issuedAt, certificate.revokedAt,
                certificate.revokedReason, verificationUrl(certificate.number), pdfPath(certificate.number));
    }

    /** The printable certificate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(Certificate certificate) {
        return document.render(sheet(certificate));
    }

    CertificateDocument.Sheet sheet(Certificate certificate) {
        View view = view(certificate, false);
        AwardDecision decision = certificate.decision;
        CouncilMember signer = CouncilMember.of(certificate.campaign, decision.signedBy);
        return new CertificateDocument.Sheet(view.number(), view.holder(), view.holderDetail(), view.categoryName(),
                view.provinceName() == null ? view.province() : view.provinceName(), certificate.campaign.nameVi,
                view.decision(), view.decisionDate(),
                signer != null && signer.fullName != null ? signer.fullName : decision.signedBy,
                view.verificationUrl(), certificate.status == Certificate.Status.REVOKED);
    }

    /** For a leader: position and organisation; a unit stands on its own name. */
    static String holderDetail(Dossier dossier) {
        if (dossier.category.kind != CategoryKind.LEADER) {
            return null;
        }
        String detail = String.join(", ", java.util.stream.Stream.of(dossier.nomineePosition,
                dossier.nomineeOrganization).filter(s -> s != null && !s.isBlank()).toList());
        return detail.isEmpty() ? null : detail;
    }

    private String base() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
