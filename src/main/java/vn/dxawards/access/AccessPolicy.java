package vn.dxawards.access;

import vn.dxawards.identity.Role;
import vn.dxawards.identity.User;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.platform.errors.DomainException;

/**
 * Every "may this person see or do this" of the application, in one place. Resources and pages
 * ask; none decides for itself. Where a person may not even know a dossier exists, the answer is
 * 404 ({@link #require(User, DossierAction, GuardedDossier)}), never its content.
 *
 * <p>The policy sits below the features: it learns what it needs of a campaign, a dossier and the
 * council's work through the small interfaces beside it ({@link CampaignStage},
 * {@link GuardedDossier}, {@link CouncilWork}, {@link SurveyWork}), which the owning features
 * implement, and decides the rest itself.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    CouncilWork council;

    @Inject
    SurveyWork surveys;

    /** What can be done to a dossier. */
    public enum DossierAction {
        VIEW, EDIT, ATTACH, SUBMIT, WITHDRAW, DECIDE_INTAKE, SCORE, DECLARE_CONFLICT, READ_SCORECARDS, VOTE,
        READ_AUDIT, READ_RECOMMENDATIONS, READ_COMMENTS, COMMENT, ASSIGN_JURORS, REQUEST_SURVEY, READ_SURVEYS,
        READ_RECEIPT, REQUEST_CONSENT
    }

    /** What can be done to a campaign. */
    public enum CampaignAction {
        CREATE, CONFIGURE, READ_COUNCIL, READ, ADVANCE, NOMINATE, ASSIGN, READ_RANKING, SEND_PROPOSAL, DECIDE, READ_DECISION,
        READ_DRAFT, READ_MINUTES, EXPORT_RESULTS, EXPORT_SCORES, REVOKE_CERTIFICATE, READ_OVERDUE, REASSIGN,
        /** Intake decisions on several of the campaign's dossiers at once (each still checked on its own). */
        DECIDE_INTAKE,
        /** The register of the campaign's dossiers as a file (personal data of nominees: the secretariat's). */
        EXPORT_REGISTER,
        /** The campaign's progress: all of it for the secretariat, the chair and programme staff. */
        READ_PROGRESS,
        /** A council member's own figures of the campaign's progress. */
        READ_OWN_PROGRESS,
        /** The council's list vote (each dossier's vote still checked on its own). */
        CAST_VOTES
    }

    /** Which dossiers a person's lists start from, before each is checked with {@link #canSee}. */
    public enum DossierScope {
        /** The secretariat and programme staff: every dossier. */
        ALL,
        /** A nominating body: its own. */
        OWN_BODY,
        /** A council member: those assigned to them, and the shortlist once deliberation has begun. */
        COUNCIL,
        NONE
    }

    public DossierScope dossierScope(User user) {
        if (user.has(Role.SECRETARY) || user.has(Role.ADMIN)) {
            return DossierScope.ALL;
        }
        if (nominates(user)) {
            return DossierScope.OWN_BODY;
        }
        if (user.has(Role.JUROR) || user.has(Role.CHAIR)) {
            return DossierScope.COUNCIL;
        }
        return DossierScope.NONE;
    }

    /** A nominating body's person (the role with the body it speaks for). */
    public boolean nominates(User user) {
        return user.has(Role.NOMINATOR) && user.org() != null;
    }

    /** The application's roles the person holds, by their realm names in order. */
    public List<String> roleNames(User user) {
        return java.util.Arrays.stream(Role.values()).filter(user::has).map(role -> role.realmRole).sorted().toList();
    }

    /** Has the nominator role, whether or not a body is set for them yet (the navigation shows them their pages). */
    public boolean nominatesAny(User user) {
        return user.has(Role.NOMINATOR);
    }

    /** Programme staff read the demo's mailbox (the demo profile only). */
    public boolean readsDemoMailbox(User user) {
        return user.has(Role.ADMIN);
    }

    /** Programme staff answer a data subject's access and erasure requests (Decree 13/2023, Law 91/2025). */
    public boolean answersDataSubjectRequests(User user) {
        return user.has(Role.ADMIN);
    }

    public boolean isSecretariat(User user) {
        return user.has(Role.SECRETARY);
    }

    /** The engine's candidate group of a nominating body's tasks. */
    public static String nominatorGroup(String bodyCode) {
        return "body:" + bodyCode;
    }

    /** The engine's candidate groups whose tasks the person may see and claim. */
    public List<String> taskGroups(User user) {
        List<String> groups = new ArrayList<>();
        if (user.has(Role.SECRETARY)) {
            groups.add(Role.SECRETARY.realmRole);
        }
        if (user.has(Role.CHAIR)) {
            groups.add(Role.CHAIR.realmRole);
        }
        if (nominates(user)) {
            groups.add(nominatorGroup(user.org()));
        }
        return groups;
    }

    /** The role a person speaks in, in the council's discussion: the chair, a member, or the secretariat. */
    public Role discussionRole(User user) {
        return user.has(Role.CHAIR) ? Role.CHAIR : user.has(Role.JUROR) ? Role.JUROR : Role.SECRETARY;
    }

    public boolean may(User user, CampaignAction action, CampaignStage campaign) {
        if (user.isAnonymous()) {
            return action == CampaignAction.READ_DECISION && campaign != null && campaign.published();
        }
        return switch (action) {
            case CREATE, CONFIGURE -> user.has(Role.ADMIN);
            case READ -> true;
            case READ_COUNCIL -> user.has(Role.ADMIN) || user.has(Role.SECRETARY);
            case ADVANCE -> user.has(Role.ADMIN) || user.has(Role.SECRETARY);
            case NOMINATE -> user.has(Role.NOMINATOR) && user.org() != null;
            case ASSIGN, SEND_PROPOSAL, REASSIGN -> user.has(Role.SECRETARY);
            case READ_OVERDUE -> user.has(Role.SECRETARY) || user.has(Role.ADMIN);
            case DECIDE_INTAKE -> user.has(Role.SECRETARY);
            case EXPORT_REGISTER -> user.has(Role.SECRETARY) || user.has(Role.ADMIN);
            case READ_PROGRESS -> user.has(Role.SECRETARY) || user.has(Role.CHAIR) || user.has(Role.ADMIN);
            case READ_OWN_PROGRESS -> (user.has(Role.JUROR) || user.has(Role.CHAIR)) && onCouncil(user, campaign);
            // the campaign's council (the jurors it names, or every juror when it names none), as for VOTE
            case CAST_VOTES -> user.has(Role.JUROR) && onCouncil(user, campaign);
            case READ_RANKING -> user.has(Role.SECRETARY) || user.has(Role.CHAIR) && onCouncil(user, campaign)
                    || (user.has(Role.JUROR) && onCouncil(user, campaign) && campaign.deliberationReached());
            // the chair of this campaign's council: another programme's chair neither reads nor signs it
            case DECIDE, READ_DRAFT -> user.has(Role.CHAIR) && onCouncil(user, campaign);
            // the minutes of the council's meeting: the secretariat, the chair and the council from deliberation on
            case READ_MINUTES -> user.has(Role.SECRETARY) || user.has(Role.CHAIR) && onCouncil(user, campaign)
                    || (user.has(Role.JUROR) && onCouncil(user, campaign) && campaign.deliberationReached());
            // Results stay confidential until publication, even after the chair has signed.
            case READ_DECISION -> campaign.published() || user.has(Role.SECRETARY)
                    || user.has(Role.CHAIR) || user.has(Role.ADMIN);
            // The ranking and every juror's scores, as files: for those who read them whole (the
            // secretariat and the chair) once the scoring is over; for programme staff once public.
            case EXPORT_RESULTS, EXPORT_SCORES -> (user.has(Role.SECRETARY) || user.has(Role.CHAIR))
                    && campaign.deliberationReached()
                    || user.has(Role.ADMIN) && campaign.published();
            // programme staff withdraw a certificate (a decision corrected, a unit disqualified)
            case REVOKE_CERTIFICATE -> user.has(Role.ADMIN) && campaign.published();
        };
    }

    public void require(User user, CampaignAction action, CampaignStage campaign) {
        if (!may(user, action, campaign)) {
            throw user.isAnonymous() ? new DomainException(401, "unauthenticated")
                    : DomainException.forbidden("forbidden");
        }
    }

    /** Whether the person may know the dossier exists at all. */
    public boolean canSee(User user, GuardedDossier dossier) {
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
            // the shortlist first: it needs no query, and a vote asks it of every dossier it counts
            return inDeliberationView(user, dossier)
                    || council.scoring(user, dossier) != CouncilWork.Scoring.NOT_ASSIGNED
                    || surveys.surveys(user, dossier);
        }
        return false;
    }

    public boolean may(User user, DossierAction action, GuardedDossier dossier) {
        if (!canSee(user, dossier)) {
            return false;
        }
        return switch (action) {
            case VIEW -> true;
            case EDIT, ATTACH, SUBMIT, WITHDRAW, REQUEST_CONSENT -> ownsAsNominator(user, dossier);
            // the receipt of a submission: the body that handed it in and the secretariat that received it
            case READ_RECEIPT -> ownsAsNominator(user, dossier) || user.has(Role.SECRETARY) || user.has(Role.ADMIN);
            case DECIDE_INTAKE, ASSIGN_JURORS -> user.has(Role.SECRETARY);
            case READ_AUDIT -> user.has(Role.SECRETARY) || user.has(Role.ADMIN);
            // the jury's recommendations reach the nominating body once the results are public
            case READ_RECOMMENDATIONS -> user.has(Role.SECRETARY) || user.has(Role.ADMIN)
                    || ownsAsNominator(user, dossier) && dossier.stage().published();
            case SCORE, DECLARE_CONFLICT -> isCurrentAssignee(user, dossier);
            // Independent scoring: whoever still scores the dossier, the chair included, waits for their own.
            case READ_SCORECARDS -> !stillScoring(user, dossier) && (user.has(Role.SECRETARY) || user.has(Role.CHAIR)
                    || inDeliberationView(user, dossier) || submittedOwn(user, dossier));
            // the campaign's council (the chair included), recused members excepted
            case VOTE -> user.has(Role.JUROR) && onCouncil(user, dossier.stage()) && !recused(user, dossier);
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
    public void require(User user, DossierAction action, GuardedDossier dossier) {
        if (!canSee(user, dossier)) {
            if (action == DossierAction.VOTE && user.has(Role.JUROR) && dossier.stage().deliberating()
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
    public boolean mayRecordSurvey(User user, GuardedDossier dossier, String surveyor) {
        return canSee(user, dossier) && user.username().equals(surveyor) && user.has(Role.JUROR);
    }

    /** Whether a row of the ranking is shown: to the secretariat and the chair all of them, to council members those they are not recused from. */
    public boolean seesInRanking(User user, GuardedDossier dossier) {
        return user.has(Role.SECRETARY) || user.has(Role.CHAIR) || !recused(user, dossier);
    }

    /** Any conflict, detected from affiliation and locality or declared, recuses a council member. */
    public boolean recused(User user, GuardedDossier dossier) {
        return council.recused(user, dossier);
    }

    /**
     * The dossiers a council member may be shown as theirs to score, by id, before the
     * {@link #canSee} check of each: those they are assigned to.
     */
    public List<Long> assignedDossierIds(User user) {
        return council.assignedDossierIds(user.username());
    }

    private boolean ownsAsNominator(User user, GuardedDossier dossier) {
        return user.has(Role.NOMINATOR) && user.org() != null && user.org().equals(dossier.nominatingBody());
    }

    private boolean isCurrentAssignee(User user, GuardedDossier dossier) {
        return council.scoring(user, dossier) != CouncilWork.Scoring.NOT_ASSIGNED
                && !council.declaredConflict(user, dossier);
    }

    private boolean submittedOwn(User user, GuardedDossier dossier) {
        return council.scoring(user, dossier) == CouncilWork.Scoring.DONE;
    }

    private boolean stillScoring(User user, GuardedDossier dossier) {
        return council.scoring(user, dossier) == CouncilWork.Scoring.ACTIVE;
    }

    /** From deliberation on, every non-recused member of the campaign's council reads the shortlist. */
    private boolean inDeliberationView(User user, GuardedDossier dossier) {
        return user.has(Role.JUROR) && dossier.stage().deliberationReached() && dossier.shortlisted()
                && onCouncil(user, dossier.stage());
    }

    /** The person sits on the campaign's council (the one it names, or every juror when it names none). */
    private static boolean onCouncil(User user, CampaignStage campaign) {
        return campaign != null && campaign.councilIncludes(user.username());
    }

}
