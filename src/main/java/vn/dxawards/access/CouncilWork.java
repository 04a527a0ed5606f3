package vn.dxawards.access;

import java.util.List;

import vn.dxawards.identity.User;

/**
 * The council's work on dossiers, as far as the access policy needs it: who is recused, who
 * scores what. The appraisal answers (it owns assignments and conflicts); the policy stays the one
 * place that decides what follows from it.
 */
public interface CouncilWork {

    /** How far a council member's current scoring of a dossier has come. */
    enum Scoring {
        NOT_ASSIGNED, ACTIVE, DONE
    }

    /** Any conflict, detected from affiliation and locality or declared, recuses a council member. */
    boolean recused(User user, GuardedDossier dossier);

    /** Whether the member declared a conflict on the dossier themselves. */
    boolean declaredConflict(User user, GuardedDossier dossier);

    Scoring scoring(User user, GuardedDossier dossier);

    /** The dossiers the member is (or was) assigned to score, cancelled assignments excepted, by id. */
    List<Long> assignedDossierIds(String username);
}
