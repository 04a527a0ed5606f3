package vn.dxawards.platform.web;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Secrets production cannot run without, named here so that a replica missing one refuses to start
 * and says which ("Failed to load config value … for: quarkus.oidc.credentials.secret"), together with
 * the other missing settings: the identity provider reads its client secret only when a person signs
 * in, so without this the replica would start and fail at the first sign-in. The secrets of the pages
 * (session, CSRF) are required where they are used.
 */
@Startup // created at start (and never removed as unused), so its settings are checked then
@ApplicationScoped
public class RequiredSecrets {

    /** The confidential client's secret (DX_OIDC_CLIENT_SECRET; prod has no default). */
    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    String oidcClientSecret;
}
