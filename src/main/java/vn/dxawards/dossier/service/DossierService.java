package vn.dxawards.dossier.service;

import vn.dxawards.platform.engine.ProcessStarts;
import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.model.DossierSubmitted;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.dossier.model.RegisterPage;
import vn.dxawards.dossier.model.RegisterQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.locality.model.Locality;

/** Nominators' work on dossiers: create, edit, submit, answer a supplement request, withdraw. */
@ApplicationScoped
@Transactional
public class DossierService {

    public static final String PROCESS = "dossier";
    static final String SUPPLEMENT_TASK = "Task_Supplement";
    static final String WITHDRAWN_MESSAGE = "DossierWithdrawn";


    @Inject
    AccessPolicy access;

    @Inject
    CampaignService campaigns;

    @Inject
    AuditLog audit;

    @Inject
    RuntimeService runtime;

    @Inject
    ProcessStarts starts;

    @Inject
    TaskService tasks;

    @Inject
    Event<DossierSubmitted> submissions;

    @Inject
    ReceiptDocument receipts;

    @Inject
    jakarta.enterprise.inject.Instance<ConsentService> consents;

    /** The dossier, if the person may know it exists; otherwise 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dossier visible(long id, User user, DossierAction action) {
        Dossier dossier = Dossier.findById(id);
        if (dossier == null) {
            throw DomainException.notFound("dossier");
        }
        access.require(user, action, dossier);
        return dossier;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Dossier> list(User user, String campaignCode) {
        List<Dossier> candidates;
        AccessPolicy.DossierScope scope = access.dossierScope(user);
        if (scope == AccessPolicy.DossierScope.ALL) {
            candidates = campaignCode == null ? Dossier.all() : Dossier.ofCampaign(campaignCode);
        } else if (scope == AccessPolicy.DossierScope.OWN_BODY) {
            candidates = Dossier.ofBody(user.org());
        } else if (scope == AccessPolicy.DossierScope.COUNCIL) {
            List<Dossier> assigned = Dossier.withIds(access.assignedDossierIds(user));
            List<Dossier> shortlisted = Dossier.shortlistedFromDeliberation();
            candidates = new ArrayList<>(assigned);
            shortlisted.stream().filter(d -> !assigned.contains(d)).forEach(candidates::add);
        } else {
            candidates = List.of();
        }
        return candidates.stream()
                .filter(d -> campaignCode == null || d.campaign.code.equals(campaignCode))
                .filter(d -> access.canSee(user, d))
                .toList();
    }

    /**
     * The register: the dossiers the person may see that match the query, one page of them
     * ({@code page} from 1; {@code size} 0 for every match) and the total. The secretariat and programme
     * staff page in the database; a body sees its own; a council member's rows are checked one by
     * one for recusal (their assignments and the shortlist, a few hundred at most), then paged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegisterPage register(User user, RegisterQuery query, int page, int size) {
        if (page < 1 || size < 0 || size > MAX_PAGE_SIZE) {
            throw new DomainException(400, "register.paging", MAX_PAGE_SIZE);
        }
        int first = size == 0 ? 0 : (page - 1) * size;
        AccessPolicy.DossierScope scope = access.dossierScope(user);
        if (scope == AccessPolicy.DossierScope.ALL) {
            return Dossier.register(query, null, null, first, size);
        }
        if (scope == AccessPolicy.DossierScope.OWN_BODY) {
            return Dossier.register(query, user.org(), null, first, size);
        }
        if (scope == AccessPolicy.DossierScope.NONE) {
            return new RegisterPage(List.of(), 0);
        }
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(access.assignedDossierIds(user));
        Dossier.shortlistedFromDeliberation().forEach(d -> ids.add(d.id));
        List<Dossier> seen = Dossier.register(query, null, ids, 0, 0).rows().stream()
                .filter(d -> access.canSee(user, d)).toList();
        int from = Math.min(first, seen.size());
        int to = size == 0 ? seen.size() : Math.min(seen.size(), from + size);
        return new RegisterPage(seen.subList(from, to), seen.size());
    }

    /** The nominating bodies known so far (the register's filter), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NominatingBody> bodies() {
        return NominatingBody.byName();
    }

    /** The largest page of the register. */
    public static final int MAX_PAGE_SIZE = 500;

    public Created create(String campaignCode, DossierInput input, User user, Locale locale) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(user, CampaignAction.NOMINATE, campaign);
        requireAcceptingNominations(campaign);
        NominatingBody body = bodyOf(user);
        Dossier dossier = new Dossier();
        dossier.campaign = campaign;
        dossier.bodyCode = body.code;
        dossier.status = DossierStatus.DRAFT;
        dossier.createdBy = user.username();
        dossier.createdAt = Instant.now();
        apply(dossier, input, body, user);
        // a temporary unique reference until the id is known
        dossier.reference = "NEW-" + java.util.UUID.randomUUID();
        dossier.persist();
        dossier.reference = "HS-%d-%06d".formatted(campaign.year, dossier.id);
        audit.record(user.username(), "DOSSIER_CREATED", campaign.code, dossier.id, null, DossierStatus.DRAFT.name(),
                null);
        List<String> warnings = new ArrayList<>();
        String other = quotaHolder(dossier, true);
        if (other != null) {
            warnings.add(Messages.text(locale, "quota.warning", other, dossier.category.name(isEnglish(locale))));
        }
        return new Created(dossier, warnings);
    }

    public record Created(Dossier dossier, List<String> warnings) {
    }

    public Dossier update(long id, DossierInput input, User user) {
        Dossier dossier = visible(id, user, DossierAction.EDIT);
        if (!dossier.editable()) {
            throw DomainException.conflict("dossier.not_editable", dossier.status.name());
        }
        if (dossier.status == DossierStatus.DRAFT) {
            requireAcceptingNominations(dossier.campaign);
        } else {
            requireOpenForIntake(dossier.campaign);
            if (!dossier.category.code.equals(input.categoryCode())) {
                throw DomainException.conflict("dossier.category_fixed");
            }
        }
        apply(dossier, input, bodyOf(user), user);
        audit.record(user.username(), "DOSSIER_EDITED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), null);
        return dossier;
    }

    /**
     * Submits a draft, or answers the supplement the secretariat asked for: the dossier's process
     * says which. A draft has none yet (submitting starts it); a dossier that has one may be
     * submitted again only while the process waits at its supplement task.
     */
    public Dossier submit(long id, User user, Locale locale) {
        Dossier dossier = visible(id, user, DossierAction.SUBMIT);
        if (dossier.processInstanceId == null) {
            submitDraft(dossier, user, locale);
            return dossier;
        }
        Task supplement = tasks.createTaskQuery().processInstanceId(dossier.processInstanceId)
                .taskDefinitionKey(SUPPLEMENT_TASK).singleResult();
        if (supplement == null) {
            throw DomainException.conflict("dossier.already_submitted", dossier.reference);
        }
        answerSupplement(dossier, supplement, user, locale);
        return dossier;
    }

    public Dossier withdraw(long id, User user) {
        Dossier dossier = visible(id, user, DossierAction.WITHDRAW);
        if (!dossier.status.withdrawable()) {
            throw DomainException.conflict("dossier.not_withdrawable", dossier.status.name());
        }
        runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceId(dossier.processInstanceId)
                .correlateWithResult();
        return dossier;
    }

    /**
     * The nominee ends the nomination (withdrawn consent, an erasure request): a draft is withdrawn
     * at once, a submitted dossier not yet shortlisted through its process. Answers whether it was;
     * the caller has checked who asks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdrawForNominee(Dossier dossier) {
        if (dossier.status == DossierStatus.DRAFT) {
            DossierTransitions.move(dossier, DossierStatus.WITHDRAWN, "DOSSIER_WITHDRAWN");
            return true;
        }
        if (dossier.status.withdrawable() && dossier.processInstanceId != null) {
            runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceId(dossier.processInstanceId)
                    .correlateWithResult();
            return true;
        }
        return false;
    }

    /** Deletes a draft with its files; answers the reference it had. */
    public String deleteDraft(long id, User user) {
        Dossier dossier = visible(id, user, DossierAction.EDIT);
        if (dossier.status != DossierStatus.DRAFT) {
            throw DomainException.conflict("dossier.not_editable", dossier.status.name());
        }
        Attachment.deleteAllOf(dossier);
        audit.record(user.username(), "DRAFT_DELETED", dossier.campaign.code, dossier.id, DossierStatus.DRAFT.name(),
                null, dossier.reference);
        dossier.delete();
        return dossier.reference;
    }

    private void submitDraft(Dossier dossier, User user, Locale locale) {
        requireAcceptingNominations(dossier.campaign);
        requireComplete(dossier, locale);
        // One submission at a time per body, so that two cannot both take the last place of a quota.
        NominatingBody.getEntityManager().lock(NominatingBody.findById(dossier.bodyCode), LockModeType.PESSIMISTIC_WRITE);
        String other = quotaHolder(dossier, false);
        if (other != null) {
            throw DomainException.conflict("quota.exceeded", other, dossier.category.name(isEnglish(locale)));
        }
        Instant now = Instant.now();
        dossier.status = DossierStatus.SUBMITTED;
        dossier.submittedAt = now;
        dossier.intakeDue = now.plus(Duration.ofDays(dossier.campaign.intakeDays));
        Map<String, Object> variables = new HashMap<>();
        variables.put("dossierId", dossier.id);
        variables.put("campaignCode", dossier.campaign.code);
        variables.put("nominatorGroup", AccessPolicy.nominatorGroup(dossier.bodyCode));
        variables.put("intakeDue", Date.from(dossier.intakeDue));
        dossier.processInstanceId = starts
                .start(PROCESS, String.valueOf(dossier.id), variables).getId();
        audit.record(user.username(), "DOSSIER_SUBMITTED", dossier.campaign.code, dossier.id,
                DossierStatus.DRAFT.name(), DossierStatus.SUBMITTED.name(), null);
        submissions.fire(new DossierSubmitted(dossier));
    }

    /** The receipt (phiếu tiếp nhận) of a submitted dossier, for its body and the secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] receipt(long id, User user) {
        return receipts.render(visible(id, user, DossierAction.READ_RECEIPT));
    }

    private void answerSupplement(Dossier dossier, Task task, User user, Locale locale) {
        requireOpenForIntake(dossier.campaign);
        requireComplete(dossier, locale);
        audit.record(user.username(), "SUPPLEMENT_SUBMITTED", dossier.campaign.code, dossier.id,
                dossier.status.name(), DossierStatus.SUBMITTED.name(), null);
        tasks.complete(task.getId());
    }

    private void apply(Dossier dossier, DossierInput input, NominatingBody body, User user) {
        Category category = dossier.campaign.category(input.categoryCode())
                .orElseThrow(() -> DomainException.invalid("unknown_category", input.categoryCode()));
        DossierInput.Nominee nominee = input.nominee();
        Locality locality = Locality.findById(nominee.province());
        if (locality == null || !locality.validOn(dossier.campaign.localityDate())) {
            throw DomainException.invalid("unknown_locality", nominee.province());
        }
        if (body.provinceCode != null && !body.provinceCode.equals(locality.code)) {
            throw DomainException.invalid("locality_outside_body", locality.name, body.name);
        }
        dossier.category = category;
        dossier.nomineeName = nominee.name().trim();
        dossier.nomineeTaxCode = blankToNull(nominee.taxCode());
        dossier.nomineeProvince = locality.code;
        dossier.nomineeOwnership = blankToNull(nominee.ownership());
        dossier.nomineeWebsite = blankToNull(nominee.website());
        dossier.contactName = blankToNull(nominee.contactName());
        String previousEmail = dossier.contactEmail;
        dossier.contactEmail = blankToNull(nominee.contactEmail());
        dossier.contactPhone = blankToNull(nominee.contactPhone());
        dossier.nomineePosition = blankToNull(nominee.position());
        dossier.nomineeOrganization = blankToNull(nominee.organization());
        dossier.nomineeOrganizationTaxCode = blankToNull(nominee.organizationTaxCode());
        // The nominator never consents for the leader (nominee.consent is ignored): the leader answers
        // through the one-time link sent to this address, so a new address needs a new answer.
        if (dossier.id != null && !java.util.Objects.equals(previousEmail, dossier.contactEmail)) {
            consents.get().addressChanged(dossier);
        }
        dossier.strategy = blankToNull(input.strategy());
        dossier.scale = blankToNull(input.scale());
        dossier.initiatives = blankToNull(input.initiatives());
        dossier.results = blankToNull(input.results());
        dossier.supportWishes = blankToNull(input.supportWishes());
        dossier.updatedAt = Instant.now();
    }

    private static void requireComplete(Dossier dossier, Locale locale) {
        List<String> missing = new ArrayList<>();
        if (dossier.category.kind == CategoryKind.LEADER) {
            if (dossier.nomineePosition == null) {
                missing.add(Messages.text(locale, "field.position"));
            }
            if (dossier.nomineeOrganization == null) {
                missing.add(Messages.text(locale, "field.organization"));
            }
            if (dossier.consentState != vn.dxawards.dossier.model.ConsentState.GIVEN) {
                throw new DomainException(422, "consent.required");
            }
        }
        if (dossier.strategy == null) {
            missing.add(Messages.text(locale, "field.strategy"));
        }
        if (!missing.isEmpty()) {
            throw new DomainException(422, "dossier.incomplete", missing);
        }
    }

    /**
     * The reference of the body's other dossier that fills the category's quota, or null while there is room.
     * Submitted dossiers hold a place; drafts only when warning at creation.
     */
    private static String quotaHolder(Dossier dossier, boolean countDrafts) {
        Integer max = dossier.category.maxPerBody;
        if (max == null) {
            return null;
        }
        List<String> others = Dossier.otherReferencesOfBodyInCategory(dossier,
                countDrafts ? DossierStatus::countsForQuota : DossierStatus::holdsQuotaPlace);
        return others.size() < max ? null : others.get(0);
    }

    private static NominatingBody bodyOf(User user) {
        String province = user.province() != null && Locality.findById(user.province()) != null ? user.province() : null;
        return NominatingBody.ensure(user.org(), user.org(), province);
    }

    private static void requireAcceptingNominations(Campaign campaign) {
        if (!campaign.acceptingNominations()) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
    }

    private static void requireOpenForIntake(Campaign campaign) {
        if (!campaign.openForIntake()) {
            throw DomainException.conflict("phase.closed", campaign.phase.name());
        }
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(Messages.supported(locale).getLanguage());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
