package vn.dxawards.platform.engine;

import io.quarkus.arc.Arc;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.identity.User;

/** Who caused a step of a process: the person of the current request, or the system for timers and jobs. */
public final class Actors {

    private Actors() {
    }

    public static User current() {
        if (Arc.container().requestContext().isActive()) {
            return Arc.container().instance(CurrentUser.class).get().get();
        }
        return User.SYSTEM;
    }
}
