package vn.dxawards.platform.persistence;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;

/**
 * Production does not start on the database password of the demo and of the documentation
 * ({@value #DEFAULT_PASSWORD}): the message names the setting to change, never a value. A test
 * environment that runs the packaged app on such a database says so with
 * {@code DX_ALLOW_DEFAULT_DB_PASSWORD=true} (never in a real deployment).
 */
@ApplicationScoped
public class ProductionDatabaseCheck {

    static final String DEFAULT_PASSWORD = "dxawards";

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "dx.security.allow-default-db-password", defaultValue = "false")
    boolean allowDefault;

    // before the engine and the scheduler start (their observers have the default priority)
    void onStart(@Observes @Priority(1) StartupEvent event) {
        check(LaunchMode.current(), io.quarkus.runtime.configuration.ConfigUtils.getProfiles(), password.orElse(""),
                allowDefault);
    }

    /** Refuses (an exception that stops the start) a production run on the default or an empty password. */
    static void check(LaunchMode mode, java.util.List<String> profiles, String password, boolean allowDefault) {
        boolean production = mode == LaunchMode.NORMAL && !profiles.contains("demo");
        if (!production || allowDefault) {
            return;
        }
        if (password == null || password.isBlank() || DEFAULT_PASSWORD.equals(password)) {
            throw new IllegalStateException("Refusing to start in production with the default (or an empty) database "
                    + "password: set DX_DB_PASSWORD (quarkus.datasource.password) to the database role's own secret.");
        }
    }
}
