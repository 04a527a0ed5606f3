package vn.dxawards.platform.web;

import java.util.List;

import vn.dxawards.identity.User;

/**
 * Which parts of the navigation the layout shows a person. The access policy answers (it is the one
 * place that reads roles); the layout, below the features, only asks.
 */
public interface Navigation {

    /** The application's roles the person holds, by their realm names in order (shown beside their name). */
    List<String> roleNames(User user);

    /** The nominating body's links (its dossiers, a new one). */
    boolean showsNomination(User user);

    /** The secretariat's links (intake, the register). */
    boolean showsSecretariat(User user);
}
