package vn.dxawards.survey.service;

import vn.dxawards.platform.engine.ProcessStarts;
import vn.dxawards.survey.model.Survey;
import vn.dxawards.survey.model.SurveyFile;
import vn.dxawards.survey.model.SurveyFileContent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.appraisal.model.Conflicts;
import vn.dxawards.appraisal.model.JurorConflict;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.service.CouncilService;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.persistence.Blobs;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.dossier.service.AttachmentService;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierWithdrawn;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.dossier.model.DossierStatus;

/**
 * Field surveys (khảo sát): the secretariat or the chair asks a council member without a conflict
 * to survey a dossier in appraisal or deliberation; the member records the findings, the date of
 * the visit and PDFs; the council reads them on the dossier. Each survey runs processes/survey.bpmn.
 */
@ApplicationScoped
@Transactional
public class SurveyService {

    public static final String PROCESS = "survey";
    static final String CANCELLED_MESSAGE = "SurveyCancelled";

    /** Dossiers the council is still studying. */
    public static final Set<DossierStatus> SURVEYABLE = EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_APPRAISAL,
            DossierStatus.IN_DELIBERATION);

    @Inject
    DossierService dossiers;

    @Inject
    AccessPolicy access;

    @Inject
    CouncilService council;

    @Inject
    AttachmentService attachments;

    @Inject
    RuntimeService runtime;

    @Inject
    ProcessStarts starts;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    /** What a survey request says. */
    public record Request(String surveyor, LocalDate dueDate, String purpose) {
    }

    /** What the surveyor found. */
    public record Findings(String findings, LocalDate visitedOn) {
    }

    public Survey request(long dossierId, Request request, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.REQUEST_SURVEY);
        if (!SURVEYABLE.contains(dossier.status)) {
            throw DomainException.conflict("survey.phase", dossier.status.name());
        }
        if (request.surveyor() == null || request.surveyor().isBlank()) {
            throw DomainException.invalid("survey.surveyor_required");
        }
        if (request.dueDate() == null) {
            throw DomainException.invalid("survey.due_date_required");
        }
        if (request.dueDate().isBefore(Times.today())) {
            throw DomainException.invalid("survey.due_date_past");
        }
        String surveyor = request.surveyor().trim();
        if (!eligibleSurveyors(dossier, council.refresh(dossier.campaign)).contains(surveyor)) {
            throw DomainException.invalid("survey.surveyor_not_eligible", surveyor);
        }
        Survey survey = new Survey();
        survey.dossier = dossier;
        survey.surveyor = surveyor;
        survey.requestedBy = user.username();
        survey.requestedAt = Instant.now();
        survey.dueDate = request.dueDate();
        survey.purpose = request.purpose() == null || request.purpose().isBlank() ? null : request.purpose().trim();
        survey.status = Survey.Status.REQUESTED;
        survey.persist();
        audit.record(user.username(), "SURVEY_REQUESTED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), surveyor);
        Map<String, Object> variables = new HashMap<>();
        variables.put("surveyId", survey.id);
        variables.put("dossierId", dossier.id);
        variables.put("surveyor", surveyor);
        variables.put("surveyDue", Times.endOfAsDate(survey.dueDate));
        survey.processInstanceId = starts.start(PROCESS, String.valueOf(survey.id), variables)
                .getId();
        return survey;
    }

    /** A withdrawn dossier needs no survey: its open surveys end (recorded ones stay). */
    void onWithdrawn(@Observes DossierWithdrawn withdrawn) {
        releaseSurveys(withdrawn.dossier());
    }

    public void releaseSurveys(Dossier dossier) {
        for (Survey survey : Survey.of(dossier)) {
            if (survey.status == Survey.Status.REQUESTED && survey.processInstanceId != null) {
                runtime.createMessageCorrelation(CANCELLED_MESSAGE).processInstanceId(survey.processInstanceId)
                        .correlateAllWithResult();
            }
        }
    }

    /** The council members who may survey the dossier: no detected or declared conflict. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> eligibleSurveyors(Dossier dossier, List<CouncilMember> members) {
        return members.stream()
                .filter(m -> Conflicts.detected(m.org, m.province, dossier) == null)
                .filter(m -> !JurorConflict.declared(dossier, m.username))
                .map(m -> m.username)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Survey> of(long dossierId, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.READ_SURVEYS);
        return Survey.of(dossier);
    }

    /** A survey its reader may see: 404 when they may not know its dossier, 403 when they may not read surveys. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Survey find(long surveyId, User user) {
        Survey survey = Survey.findById(surveyId);
        if (survey == null || !access.canSee(user, survey.dossier)) {
            throw DomainException.notFound("survey");
        }
        if (!access.may(user, DossierAction.READ_SURVEYS, survey.dossier)) {
            throw DomainException.forbidden("forbidden");
        }
        return survey;
    }

    /** Whether the person records the survey's findings now: its surveyor, while it is asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean recording(Survey survey, User user) {
        return survey.status == Survey.Status.REQUESTED
                && access.mayRecordSurvey(user, survey.dossier, survey.surveyor);
    }

    /** The survey of a task the person holds (from their task list); 404 for anyone else's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long surveyOfTask(String taskId, User user) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskAssignee(user.username()).singleResult();
        Object id = task == null ? null : tasks.getVariable(taskId, "surveyId");
        if (!(id instanceof Number number)) {
            throw DomainException.notFound("task");
        }
        return number.longValue();
    }

    public SurveyFile attach(long surveyId, String fileName, Path upload, User user) {
        Survey survey = open(surveyId, user);
        AttachmentService.CheckedPdf pdf = attachments.checkedPdf(upload);
        SurveyFile file = new SurveyFile();
        file.survey = survey;
        file.fileName = AttachmentService.safeName(fileName);
        file.sizeBytes = pdf.size();
        file.sha256 = Blobs.FINGERPRINT_PENDING;
        file.uploadedBy = user.username();
        file.uploadedAt = Instant.now();
        file.persist();
        file.sha256 = Blobs.insert(SurveyFile.getEntityManager(), "survey_file_content", "file_id", file.id, pdf.file(),
                pdf.size());
        audit.record(user.username(), "SURVEY_FILE_ADDED", survey.dossier.campaign.code, survey.dossier.id,
                survey.dossier.status.name(), survey.dossier.status.name(), file.fileName + " " + file.sha256);
        return file;
    }

    /** Records the findings and completes the surveyor's task; the survey is then closed. */
    public Survey record(long surveyId, Findings findings, User user) {
        Survey survey = open(surveyId, user);
        if (findings == null || findings.findings() == null || findings.findings().isBlank()) {
            throw DomainException.invalid("survey.findings_required");
        }
        if (findings.visitedOn() == null) {
            throw DomainException.invalid("survey.visited_on_required");
        }
        if (findings.visitedOn().isAfter(Times.today())) {
            throw DomainException.invalid("survey.visited_on_future");
        }
        survey.findings = findings.findings().trim();
        survey.visitedOn = findings.visitedOn();
        Task task = tasks.createTaskQuery().processInstanceId(survey.processInstanceId).taskDefinitionKey("Task_Survey")
                .active().singleResult();
        if (task == null) {
            throw DomainException.conflict("survey.done");
        }
        tasks.complete(task.getId());
        return survey;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyFile file(long surveyId, long fileId, User user) {
        Survey survey = find(surveyId, user);
        SurveyFile file = SurveyFile.findById(fileId);
        if (file == null || !file.survey.id.equals(survey.id)) {
            throw DomainException.notFound("attachment");
        }
        return file;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] content(SurveyFile file) {
        return SurveyFileContent.<SurveyFileContent>findById(file.id).content;
    }

    /** The survey as it is shown, with the surveyor's name from the council. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyView view(Survey survey) {
        CouncilMember member = CouncilMember.of(survey.dossier.campaign, survey.surveyor);
        return SurveyView.of(survey, member != null && member.fullName != null ? member.fullName : survey.surveyor);
    }

    /** The survey, for its surveyor, while the findings are still open. */
    private Survey open(long surveyId, User user) {
        Survey survey = find(surveyId, user);
        if (!access.mayRecordSurvey(user, survey.dossier, survey.surveyor)) {
            throw DomainException.forbidden("forbidden");
        }
        if (survey.status != Survey.Status.REQUESTED) {
            throw DomainException.conflict(survey.status == Survey.Status.CANCELLED ? "survey.cancelled" : "survey.done");
        }
        return survey;
    }
}
