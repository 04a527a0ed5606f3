package vn.dxawards.platform.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The site's public address ({@code DX_PUBLIC_BASE_URL}, {@code dx.public-base-url}) is what the
 * certificates' QR codes, the links in e-mails and the results feed give out: in production it must
 * be the real public site. The prod profile has no default for it (a replica without it refuses to
 * start, like one without its secrets), and this guard refuses a production start with a loopback or
 * malformed address, naming the setting. Other profiles (the demo run, dev, tests) run on localhost
 * on purpose and are left alone.
 */
@ApplicationScoped
public class PublicAddressGuard {

    private static final Logger LOG = Logger.getLogger(PublicAddressGuard.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0");

    @ConfigProperty(name = "dx.public-base-url")
    String publicBaseUrl;

    void check(@Observes @Priority(1) StartupEvent event) {
        boolean production = ConfigUtils.isProfileActive("prod");
        problem(publicBaseUrl).ifPresent(problem -> {
            if (production) {
                throw new IllegalStateException(problem + " Refusing to start in production.");
            }
            LOG.debug(problem);
        });
    }

    /** What is wrong with the address for a public site, naming the setting; empty when nothing is. */
    static Optional<String> problem(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.trim());
        } catch (IllegalArgumentException e) {
            return Optional.of("DX_PUBLIC_BASE_URL (dx.public-base-url) is not a URL: '" + url + "'.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of("DX_PUBLIC_BASE_URL (dx.public-base-url) must be the site's public http(s) address, "
                    + "e.g. https://top100.example.gov.vn; it is '" + url + "'.");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (LOOPBACK.contains(host) || host.startsWith("127.") || host.endsWith(".localhost")) {
            return Optional.of("DX_PUBLIC_BASE_URL (dx.public-base-url) is " + url
                    + ": the certificates' QR codes and the e-mail links would point at this machine, not at the"
                    + " public site. Set it to the site's public address, e.g. https://top100.example.gov.vn.");
        }
        return Optional.empty();
    }
}
