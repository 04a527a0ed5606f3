package vn.dxawards.access;

import vn.dxawards.identity.User;

/** Field surveys, as far as the access policy needs them. The survey feature answers. */
public interface SurveyWork {

    /** Whether the member was asked to survey the dossier. */
    boolean surveys(User user, GuardedDossier dossier);
}
