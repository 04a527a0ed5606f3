package vn.dxawards.platform.directory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.platform.errors.DomainException;

/**
 * People's display names ("Nguyễn Thị Thu Hà") for the usernames that lists, tasks and the audit
 * trail hold, as the identity provider gave them lately: a name is asked for at most every few
 * minutes; while the provider is away the username stands in (and is asked again next time).
 */
@ApplicationScoped
public class PeopleNames {

    private static final long TTL_NANOS = TimeUnit.MINUTES.toNanos(10);

    private record Named(String name, long until) {
    }

    private final Map<String, Named> names = new ConcurrentHashMap<>();

    @Inject
    CouncilDirectory directory;

    public String name(String username) {
        if (username == null) {
            return null;
        }
        Named known = names.get(username);
        if (known != null && known.until() - System.nanoTime() > 0) {
            return known.name();
        }
        try {
            String name = directory.person(username).map(CouncilDirectory.Person::fullName).orElse(username);
            if (names.size() > 10_000) {
                names.clear();
            }
            names.put(username, new Named(name, System.nanoTime() + TTL_NANOS));
            return name;
        } catch (DomainException unavailable) {
            return username;
        }
    }
}
