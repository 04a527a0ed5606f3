package vn.dxawards.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The identity provider, in its own health group ({@code /q/health/group/identity}): a Keycloak
 * outage must not make the replicas unready, or the public results would go down with it.
 */
@HealthGroup("identity")
@ApplicationScoped
public class IdentityProviderHealthCheck implements HealthCheck {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Override
    public HealthCheckResponse call() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                    URI.create(realmUrl + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(3)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("Identity provider").status(response.statusCode() == 200)
                    .withData("realm", realmUrl).withData("status", response.statusCode()).build();
        } catch (java.io.IOException e) {
            return HealthCheckResponse.named("Identity provider").down().withData("realm", realmUrl).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("Identity provider").down().withData("realm", realmUrl).build();
        }
    }
}
