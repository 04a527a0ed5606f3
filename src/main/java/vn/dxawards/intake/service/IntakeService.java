package vn.dxawards.intake.service;

import vn.dxawards.intake.model.IntakeDecision;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.DossierService;

/** The secretariat's intake of submitted dossiers: accept, request a supplement, or reject. */
@ApplicationScoped
@Transactional
public class IntakeService {

    static final String INTAKE_TASK = "Task_Intake";

    @Inject
    DossierService dossiers;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    /** A supplement request as the dossier page shows it. */
    public record SupplementRound(String note, java.time.LocalDate dueDate, Instant answeredAt, String changes) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Dossier dossier(long id) {
        return Dossier.findById(id);
    }

    /** The dossier's supplement requests, the latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<SupplementRound> supplementRounds(Dossier dossier) {
        return IntakeDecision.supplementRequestsOf(dossier).stream()
                .map(d -> new SupplementRound(d.note, d.dueDate, d.answeredAt, d.changes)).toList();
    }

    public Dossier decide(long dossierId, IntakeRequest request, User user) {
        return decide(dossierId, null, request, user);
    }

    /** The same for a dossier of this campaign ({@code campaignCode}; null: any): another campaign's is a 404. */
    public Dossier decide(long dossierId, String campaignCode, IntakeRequest request, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.DECIDE_INTAKE);
        if (campaignCode != null && !campaignCode.equals(dossier.campaign.code)) {
            throw DomainException.notFound("dossier");
        }
        // An acceptance asks the campaign's phase; a shared lock on the campaign row keeps a phase
        // change (which takes it exclusively) from slipping between the question and the wait for
        // the appraisal to open, while intake decisions never wait for one another.
        Campaign.getEntityManager().refresh(dossier.campaign, LockModeType.PESSIMISTIC_READ);
        // Two decisions on the same dossier at once: the second waits for the first, then finds the
        // task done (409), never both completing it (only this dossier's row is held).
        Dossier.getEntityManager().refresh(dossier, LockModeType.PESSIMISTIC_WRITE);
        if (!dossier.campaign.openForIntake()) {
            throw DomainException.conflict("phase.closed", dossier.campaign.phase.name());
        }
        Task task = dossier.processInstanceId == null ? null
                : tasks.createTaskQuery().processInstanceId(dossier.processInstanceId).taskDefinitionKey(INTAKE_TASK)
                        .singleResult();
        if (task == null) {
            throw DomainException.conflict("intake.not_waiting", dossier.reference, dossier.status.name());
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw DomainException.conflict("task.claimed_by_other", task.getAssignee());
        }
        if (request.decision() == IntakeDecision.Kind.REQUEST_SUPPLEMENT) {
            if (request.dueDate() == null) {
                throw DomainException.invalid("intake.due_date_required");
            }
            if (request.dueDate().isBefore(Times.today())) {
                throw DomainException.invalid("intake.due_date_past");
            }
        }
        if (request.decision() != IntakeDecision.Kind.ACCEPT && (request.note() == null || request.note().isBlank())) {
            throw DomainException.invalid("intake.note_required");
        }
        IntakeDecision decision = new IntakeDecision();
        decision.dossier = dossier;
        decision.decision = request.decision();
        decision.note = request.note();
        decision.dueDate = request.dueDate();
        decision.decidedBy = user.username();
        decision.decidedAt = Instant.now();
        decision.persist();
        audit.record(user.username(), "INTAKE_" + request.decision().name(), dossier.campaign.code, dossier.id,
                dossier.status.name(), null, request.note());

        // Deciding claims the task implicitly.
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.username());
        }
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("intakeDecision", request.decision().name());
        if (request.dueDate() != null && request.decision() == IntakeDecision.Kind.REQUEST_SUPPLEMENT) {
            Date due = Times.endOfAsDate(request.dueDate());
            variables.put("supplementDue", due);
            dossier.supplementDue = due.toInstant();
        }
        tasks.complete(task.getId(), variables);
        return dossier;
    }
}
