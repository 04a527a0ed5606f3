package vn.dxawards.access;

import vn.dxawards.identity.Role;
import vn.dxawards.identity.User;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.model.Conflicts;
import vn.dxawards.appraisal.model.JurorConflict;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.survey.model.Survey;

/**
 * Every "may this person see or do this" of the application, in one place. Resources and pages
 * ask; none decides for itself. Where a person may not even know a dossier exists, the answer is
 * 404 ({@link #requireVisible}), never its content.
 */
@ApplicationScoped
public class AccessPolicy {

    /** What can be done to a dossier. */
    public enum DossierAction {
        VIEW, EDIT, ATTACH, SUBMIT, WITHDRAW, DECIDE_INTAKE, SCORE, DECLARE_CONFLICT, READ_SCORECARDS, VOTE,
        READ_AUDIT, READ_RECOMMENDATIONS, READ_COMMENTS, COMMENT, ASSIGN_JURORS, REQUEST_SURVEY, READ_SURVEYS
    }

    /** What can be done to a campaign. */
    public enum CampaignAction {
        CREATE, CONFIGURE, READ_COUNCIL, READ, ADVANCE, NOMINATE, ASSIGN, READ_RANKING, SEND_PROPOSAL, DECIDE, READ_DECISION,
        READ_DRAFT, READ_MINUTES, EXPORT_RESULTS, EXPORT_SCORES, REVOKE_CERTIFICATE, READ_OVERDUE, REASSIGN
    }

    private static final Set<DossierStatus> SHORTLISTED = EnumSet.of(DossierStatus.IN_DELIBERATION,
            DossierStatus.AWARDED, DossierStatus.NOT_AWARDED);

    public boolean may(User user, CampaignAction action, Campaign campaign) {
        if (user.isAnonymous()) {
            return action == CampaignAction.READ_DECISION && campaign != null && campaign.phase == Phase.PUBLISHED;
        }
        return switch (action) {
            case CREATE, CONFIGURE -> user.has(Role.ADMIN);
            case READ -> true;
            case READ_COUNCIL -> user.has(Role.ADMIN) || user.has(Role.SECRETARY);
            case ADVANCE -> user.has(Role.ADMIN) || user.has(Role.SECRETARY);
            case NOMINATE -> user.has(Role.NOMINATOR) && user.org() != null;
            case ASSIGN, SEND_PROPOSAL, REASSIGN -> user.has(Role.SECRETARY);
            case READ_OVERDUE -> user.has(Role.SECRETARY) || user.has(Role.ADMIN);
            case READ_RANKING -> user.has(Role.SECRETARY) || user.has(Role.CHAIR)
                    || (user.has(Role.JUROR) && campaign.phase.compareTo(Phase.DELIBERATION) >= 0);
            case DECIDE, READ_DRAFT -> user.has(Role.CHAIR);
            // the minutes of the council's meeting: the secretariat, the chair and the council from deliberation on
            case READ_MINUTES -> user.has(Role.SECRETARY) || user.has(Role.CHAIR)
                    || (user.has(Role.JUROR) && campaign.phase.compareTo(Phase.DELIBERATION) >= 0);
            // Results stay confidential until publication, even after the chair has signed.
            case READ_DECISION -> campaign.phase == Phase.PUBLISHED || user.has(Role.SECRETARY)
                    || user.has(Role.CHAIR) || user.has(Role.ADMIN);
            // The ranking and every juror's scores, as files: for those who read them whole (the
            // secretariat and the chair) once the scoring is over; for programme staff once public.
            case EXPORT_RESULTS, EXPORT_SCORES -> (user.has(Role.SECRETARY) || user.has(Role.CHAIR))
                    && campaign.phase.compareTo(Phase.DELIBERATION) >= 0
                    || user.has(Role.ADMIN) && campaign.phase == Phase.PUBLISHED;
            // programme staff withdraw a certificate (a decision corrected, a unit disqualified)
            case REVOKE_CERTIFICATE -> user.has(Role.ADMIN) && campaign.phase == Phase.PUBLISHED;
        };
    }

    public void require(User user, CampaignAction action, Campaign campaign) {
        if (!may(user, action, campaign)) {
            throw user.isAnonymous() ? new DomainException(401, "unauthenticated")
                    : DomainException.forbidden("forbidden");
        }
    }

    /** Whether the person may know the dossier exists at all. */
    public boolean canSee(User user, Dossier dossier) {
        if (user.isAnonymous()) {
            return false;
        }
        if (user.has(Role.SECRETARY) || user.has(Role.ADMIN)) {
            return true;
        }
        if (ownsAsNominator(user, dossier)) {
            return true;
        }
        if (user.has(Role.JUROR) || user.has(Role.CHAIR)) {
            if (recused(user, dossier)) {
                return false;
            }
            return Assignment.currentOf(dossier, user.username()) != null || inDeliberationView(user, dossier)
                    || Survey.isSurveyor(dossier, user.username());
        }
        return false;
    }

    public boolean may(User user, DossierAction action, Dossier dossier) {
        if (!canSee(user, dossier)) {
            return false;
        }
        return switch (action) {
            case VIEW -> true;
            case EDIT, ATTACH, SUBMIT, WITHDRAW -> ownsAsNominator(user, dossier);
            case DECIDE_INTAKE, ASSIGN_JURORS -> user.has(Role.SECRETARY);
            case READ_AUDIT -> user.has(Role.SECRETARY) || user.has(Role.ADMIN);
            // the jury's recommendations reach the nominating body once the results are public
            case READ_RECOMMENDATIONS -> user.has(Role.SECRETARY) || user.has(Role.ADMIN)
                    || ownsAsNominator(user, dossier) && dossier.campaign.phase == Phase.PUBLISHED;
            case SCORE, DECLARE_CONFLICT -> isCurrentAssignee(user, dossier);
            // Independent scoring: whoever still scores the dossier, the chair included, waits for their own.
            case READ_SCORECARDS -> !stillScoring(user, dossier) && (user.has(Role.SECRETARY) || user.has(Role.CHAIR)
                    || inDeliberationView(user, dossier) || submittedOwn(user, dossier));
            // the council is every user with the role juror (the chair included), recused members excepted
            case VOTE -> user.has(Role.JUROR) && !recused(user, dossier);
            // a field survey is asked for by the secretariat or by the chair (who sees the dossier, hence is not recused)
            case REQUEST_SURVEY -> user.has(Role.SECRETARY) || user.has(Role.CHAIR);
            // the council's working material: not the nominating body's
            case READ_SURVEYS -> user.has(Role.SECRETARY) || user.has(Role.ADMIN) || user.has(Role.CHAIR)
                    || user.has(Role.JUROR);
            // the discussion of a shortlisted dossier: the council speaks, the secretariat answers questions
            case READ_COMMENTS -> user.has(Role.SECRETARY) || user.has(Role.ADMIN) || user.has(Role.CHAIR)
                    || inDeliberationView(user, dossier);
            case COMMENT -> user.has(Role.SECRETARY) || user.has(Role.JUROR) || user.has(Role.CHAIR);
        };
    }

    /**
     * 404 when the person may not know the dossier exists; 403 when they see it but may not do
     * this to it.
     */
    public void require(User user, DossierAction action, Dossier dossier) {
        if (!canSee(user, dossier)) {
            if (action == DossierAction.VOTE && user.has(Role.JUROR) && dossier.campaign.phase == Phase.DELIBERATION
                    && recused(user, dossier)) {
                throw DomainException.forbidden("vote.recused");
            }
            throw DomainException.notFound("dossier");
        }
        if (!may(user, action, dossier)) {
            throw DomainException.forbidden("forbidden");
        }
    }

    /** Only the juror asked to survey records its findings, while they are not recused from the dossier. */
    public boolean mayRecordSurvey(User user, Survey survey) {
        return canSee(user, survey.dossier) && user.username().equals(survey.surveyor) && user.has(Role.JUROR);
    }

    /** Whether a row of the ranking is shown: to the secretariat and the chair all of them, to council members those they are not recused from. */
    public boolean seesInRanking(User user, Dossier dossier) {
        return user.has(Role.SECRETARY) || user.has(Role.CHAIR) || !recused(user, dossier);
    }

    /** Any conflict, detected from affiliation and locality or declared, recuses a council member. */
    public boolean recused(User user, Dossier dossier) {
        CouncilMember member = CouncilMember.find("campaign = ?1 and username = ?2", dossier.campaign, user.username())
                .firstResult();
        String org = member != null && member.org != null ? member.org : user.org();
        String province = member != null && member.province != null ? member.province : user.province();
        return Conflicts.detected(org, province, dossier) != null || JurorConflict.declared(dossier, user.username());
    }

    private boolean ownsAsNominator(User user, Dossier dossier) {
        return user.has(Role.NOMINATOR) && user.org() != null && user.org().equals(dossier.bodyCode);
    }

    private boolean isCurrentAssignee(User user, Dossier dossier) {
        Assignment assignment = Assignment.currentOf(dossier, user.username());
        return assignment != null && !JurorConflict.declared(dossier, user.username());
    }

    private boolean submittedOwn(User user, Dossier dossier) {
        Assignment assignment = Assignment.currentOf(dossier, user.username());
        return assignment != null && assignment.status == Assignment.Status.DONE;
    }

    private boolean stillScoring(User user, Dossier dossier) {
        Assignment assignment = Assignment.currentOf(dossier, user.username());
        return assignment != null && assignment.status == Assignment.Status.ACTIVE;
    }

    /** From deliberation on, every non-recused council member reads the shortlist. */
    private boolean inDeliberationView(User user, Dossier dossier) {
        return user.has(Role.JUROR) && dossier.campaign.phase.compareTo(Phase.DELIBERATION) >= 0
                && SHORTLISTED.contains(dossier.status);
    }

}
