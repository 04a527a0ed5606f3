package vn.dxawards.decision.service;

import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.campaign.service.Issuer;
import vn.dxawards.campaign.service.Issuers;
import vn.dxawards.decision.model.DecisionDraft;
import vn.dxawards.deliberation.model.Proposal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.decision.model.AwardDecision.SignatureKind;
import vn.dxawards.decision.signature.PadesSigner;
import vn.dxawards.decision.signature.PdfSignatureVerifier;
import vn.dxawards.decision.signature.PdfSignatureVerifier.Verification;
import vn.dxawards.decision.signature.Pki;
import vn.dxawards.decision.signature.SigningKeys;

/**
 * The chair's decision on the proposal: return it with comments, or approve it by signing the
 * award decision — on the server (the configured keystore, or the demo authority), or with their
 * own token or remote-signing service: download the prepared document, sign it, upload it back.
 *
 * <p>Numbering: the number is allocated when the decision is first prepared (the prepared
 * document must carry it before anyone signs it), per issuing body and calendar year from 01,
 * under a unique constraint. A return keeps the campaign's number for the next proposal, so a
 * returned proposal leaves no gap; only a preparation that moves into a new year takes a new
 * number (of the new year).
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    static final String CHAIR_TASK = "Task_ChairDecision";

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    @Inject
    DecisionDocument documents;

    @Inject
    Issuers issuers;

    @Inject
    SigningKeys keys;

    /** What the chair is deciding on: the campaign, its proposal and the chair's task. */
    private record Pending(Campaign campaign, Proposal proposal, Task task) {
    }

    public Campaign decide(String campaignCode, DecisionRequest request, User user) {
        Pending pending = pending(campaignCode, user, CampaignAction.DECIDE);
        Proposal proposal = pending.proposal();
        if (request.action() == DecisionRequest.Action.RETURN) {
            if (request.comment() == null || request.comment().isBlank()) {
                throw DomainException.invalid("decision.comment_required");
            }
            proposal.decidedBy = user.username();
            proposal.decidedAt = Instant.now();
            proposal.status = Proposal.Status.RETURNED;
            proposal.comment = request.comment().trim();
            audit.record(user.username(), "PROPOSAL_RETURNED", pending.campaign().code, null, Phase.DECISION.name(),
                    Phase.DELIBERATION.name(), proposal.comment);
            complete(pending, user, request.action());
            return pending.campaign();
        }
        Pki.KeyAndChain key = keys.signer();
        DecisionDraft draft = prepare(pending, user, Times.today());
        boolean demo = keys.mode() == SigningKeys.Mode.DEMO;
        byte[] signed = PadesSigner.sign(draft.document, key, new PadesSigner.Details(
                PdfSignatureVerifier.subject(key.certificate()),
                demo ? "Chữ ký số minh họa (demo), không có giá trị pháp lý: phê duyệt Quyết định " + draft.symbol
                        : "Phê duyệt Quyết định " + draft.symbol,
                issuers.of(pending.campaign()).place(), Instant.now()));
        Verification check = PdfSignatureVerifier.verify(signed, keys.ownAnchors(), draft.document,
                draft.preparedAt);
        if (!check.valid()) {
            throw new IllegalStateException("the server's own signature does not verify: " + check.failure());
        }
        record(pending, draft, signed, demo ? SignatureKind.DEMO : SignatureKind.SERVER,
                check.signatures().get(0).signer(), user);
        return pending.campaign();
    }

    /** The prepared, unsigned decision the chair signs with their own token (prepared now if need be). */
    public DecisionDraft draft(String campaignCode, User user) {
        return draft(campaignCode, user, Times.today());
    }

    /** As {@link #draft(String, User)}, dated {@code date} (the decision's date and numbering year). */
    public DecisionDraft draft(String campaignCode, User user, LocalDate date) {
        return prepare(pending(campaignCode, user, CampaignAction.READ_DRAFT), user, date);
    }

    /** The prepared decision's bytes and their SHA-256. */
    public record Prepared(byte[] document, String sha256) {
    }

    /** As {@link #draft(String, User)}, with the document read before the transaction ends (it is loaded lazily). */
    public Prepared draftDocument(String campaignCode, User user) {
        DecisionDraft draft = draft(campaignCode, user);
        return new Prepared(draft.document, draft.sha256);
    }

    /**
     * Accepts the decision signed outside the application when it is the prepared document with an
     * incremental signature on top, every signature valid and by a certificate that chains to the
     * trust list; otherwise refuses (422, saying why) and changes nothing.
     */
    public Campaign acceptSigned(String campaignCode, byte[] upload, User user) {
        Pending pending = pending(campaignCode, user, CampaignAction.DECIDE);
        DecisionDraft draft = currentDraft(pending);
        Verification check = verified(draft, upload);
        record(pending, draft, upload, SignatureKind.EXTERNAL, check.signatures().get(0).signer(), user);
        return pending.campaign();
    }

    /** An externally signed decision checked and kept, waiting for the chair to confirm that it be issued. */
    public record SignedUpload(Campaign campaign, String symbol, String signer, String sha256, long awardees) {
    }

    /**
     * The browser's first step of {@link #acceptSigned}: the upload is checked as there (a refusal
     * changes nothing) and kept on the draft, so that the chair can read what issuing it means and
     * confirm with {@link #confirmSigned} without sending the file again. A later upload replaces it.
     */
    public SignedUpload checkSigned(String campaignCode, byte[] upload, User user) {
        Pending pending = pending(campaignCode, user, CampaignAction.DECIDE);
        DecisionDraft draft = currentDraft(pending);
        Verification check = verified(draft, upload);
        draft.signedUpload = upload;
        draft.signedUploadSha256 = Hashes.sha256(upload);
        draft.signedUploadBy = user.username();
        return new SignedUpload(pending.campaign(), draft.symbol, check.signatures().get(0).signer(),
                draft.signedUploadSha256, pending.proposal().entries.stream().filter(e -> e.awarded).count());
    }

    /**
     * Issues the upload {@link #checkSigned} kept, when it is still the one the chair saw (its
     * SHA-256) and was uploaded by them; checked again, since the proposal or the trust list may
     * have changed in between.
     */
    public Campaign confirmSigned(String campaignCode, String sha256, User user) {
        Pending pending = pending(campaignCode, user, CampaignAction.DECIDE);
        DecisionDraft draft = currentDraft(pending);
        if (draft.signedUpload == null || sha256 == null || !sha256.equals(draft.signedUploadSha256)
                || !user.username().equals(draft.signedUploadBy)) {
            throw DomainException.conflict("decision.upload_changed");
        }
        byte[] upload = draft.signedUpload;
        Verification check = verified(draft, upload);
        draft.signedUpload = null;
        draft.signedUploadSha256 = null;
        draft.signedUploadBy = null;
        record(pending, draft, upload, SignatureKind.EXTERNAL, check.signatures().get(0).signer(), user);
        return pending.campaign();
    }

    private static DecisionDraft currentDraft(Pending pending) {
        DecisionDraft draft = DecisionDraft.of(pending.campaign());
        if (draft == null || !draft.proposal.id.equals(pending.proposal().id)) {
            throw DomainException.conflict("decision.not_prepared");
        }
        return draft;
    }

    private Verification verified(DecisionDraft draft, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw DomainException.invalid("attachment.missing");
        }
        var anchors = keys.trustAnchors();
        if (anchors.isEmpty()) {
            throw new DomainException(503, "signing.no_trust_list");
        }
        Verification check = PdfSignatureVerifier.verify(upload, anchors, draft.document, draft.preparedAt);
        if (!check.valid()) {
            throw DomainException.invalid(check.failure(), check.args());
        }
        return check;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardDecision signed(String campaignCode, User user) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.READ_DECISION, campaign);
        AwardDecision decision = AwardDecision.of(campaign);
        if (decision == null) {
            throw DomainException.notFound("decision");
        }
        return decision;
    }

    private Pending pending(String campaignCode, User user, CampaignAction action) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, action, campaign);
        // one decision at a time per campaign: a return raced by a signature waits, then finds the state changed (409)
        Campaign.getEntityManager().refresh(campaign, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (AwardDecision.of(campaign) != null) {
            throw DomainException.conflict("decision.already_signed", AwardDecision.of(campaign).symbol);
        }
        if (campaign.phase != Phase.DECISION) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
        Task task = tasks.createTaskQuery().processInstanceId(campaign.processInstanceId).taskDefinitionKey(CHAIR_TASK)
                .singleResult();
        Proposal proposal = Proposal.latestOf(campaign);
        if (task == null || proposal == null || proposal.status != Proposal.Status.SENT) {
            throw DomainException.conflict("state_changed");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw DomainException.conflict("task.claimed_by_other", task.getAssignee());
        }
        return new Pending(campaign, proposal, task);
    }

    /**
     * The campaign's prepared decision for the current proposal: unchanged if already prepared for
     * it (the bytes someone may be signing right now); otherwise rendered again, keeping the
     * campaign's number within the same year.
     */
    private DecisionDraft prepare(Pending pending, User user, LocalDate date) {
        DecisionDraft draft = DecisionDraft.of(pending.campaign());
        if (draft != null && draft.proposal.id.equals(pending.proposal().id)) {
            return draft;
        }
        if (draft == null) {
            draft = new DecisionDraft();
            draft.campaign = pending.campaign();
        }
        Issuer issuer = issuers.of(pending.campaign());
        if (draft.id == null || draft.decisionYear != date.getYear()
                || !draft.issuerCode.equals(issuer.code())) {
            // asked before the entity changes, so that the query's auto-flush cannot count this draft
            int number = nextNumber(issuer.code(), date.getYear());
            draft.issuerCode = issuer.code();
            draft.decisionYear = date.getYear();
            draft.decisionNumber = number;
            draft.symbol = "%02d/QĐ-%s".formatted(draft.decisionNumber, issuer.code());
        }
        draft.proposal = pending.proposal();
        draft.decisionDate = date;
        draft.signerName = chairName(pending.campaign(), user);
        draft.preparedBy = user.username();
        draft.preparedAt = Instant.now();
        draft.document = documents.render(draft);
        draft.sha256 = Hashes.sha256(draft.document);
        // a copy signed of the former document can no longer be issued
        draft.signedUpload = null;
        draft.signedUploadSha256 = null;
        draft.signedUploadBy = null;
        try {
            draft.persistAndFlush();
        } catch (PersistenceException e) {
            // another preparation took the same number at the same moment
            throw DomainException.conflict("concurrent_change");
        }
        audit.record(user.username(), "DECISION_PREPARED", pending.campaign().code, null, Phase.DECISION.name(),
                Phase.DECISION.name(), draft.symbol + " sha256=" + draft.sha256);
        return draft;
    }

    private static int nextNumber(String issuer, int year) {
        return DecisionDraft.lastNumber(issuer, year) + 1;
    }

    private static String chairName(Campaign campaign, User user) {
        CouncilMember member = CouncilMember.of(campaign, user.username());
        if (member != null && member.fullName != null && !member.fullName.isBlank()) {
            return member.fullName;
        }
        return user.fullName() == null || user.fullName().isBlank() ? user.username() : user.fullName();
    }

    private void record(Pending pending, DecisionDraft draft, byte[] signed, SignatureKind kind, String certificate,
            User user) {
        Proposal proposal = pending.proposal();
        proposal.decidedBy = user.username();
        proposal.decidedAt = Instant.now();
        proposal.status = Proposal.Status.SIGNED;
        AwardDecision decision = new AwardDecision();
        decision.campaign = pending.campaign();
        decision.proposal = proposal;
        decision.issuerCode = draft.issuerCode;
        decision.decisionYear = draft.decisionYear;
        decision.decisionNumber = draft.decisionNumber;
        decision.symbol = draft.symbol;
        decision.signedBy = user.username();
        decision.signedAt = Instant.now();
        decision.signatureKind = kind;
        decision.signerCertificate = certificate.length() <= 1000 ? certificate : certificate.substring(0, 1000);
        decision.document = signed;
        decision.sha256 = Hashes.sha256(signed);
        decision.persist();
        audit.record(user.username(), "DECISION_SIGNED", pending.campaign().code, null, Phase.DECISION.name(),
                Phase.DECISION.name(), decision.symbol + " sha256=" + decision.sha256 + " signature=" + kind
                        + " certificate=" + decision.signerCertificate);
        complete(pending, user, DecisionRequest.Action.SIGN);
    }

    private void complete(Pending pending, User user, DecisionRequest.Action action) {
        Task task = pending.task();
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.username());
        }
        tasks.complete(task.getId(), Map.of("decisionAction", action.name()));
    }
}
