package vn.dxawards.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.client.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.dxawards.identity.Role;

/**
 * The council directory against the real Keycloak with the demo realm: the council and people come
 * back as the realm defines them; the service account's token is asked for once and reused across
 * calls; a token the server refuses is replaced and the read retried, unnoticed by the caller.
 */
@QuarkusTest
class CouncilDirectoryTests {

    @Inject
    CouncilDirectory directory;

    @Test
    void readsTheCouncilAndPeopleWithOneTokenForManyCalls() {
        directory.council();
        int before = directory.tokenRequests();
        assertThat(directory.council()).anySatisfy(m -> {
            assertThat(m.username()).isEqualTo("chair");
            assertThat(m.chair()).isTrue();
        }).anySatisfy(m -> {
            assertThat(m.username()).isEqualTo("juror1");
            assertThat(m.chair()).isFalse();
            assertThat(m.org()).isNotBlank();
        });
        assertThat(directory.person("secretary1")).hasValueSatisfying(p -> assertThat(p.username()).isEqualTo("secretary1"));
        assertThat(directory.person("nobody-of-helper-15")).isEmpty();
        assertThat(directory.withRole(Role.SECRETARY)).extracting(CouncilDirectory.Person::username).contains("secretary1");
        assertThat(directory.tokenRequests()).as("the cached token served every call").isEqualTo(before);
    }

    @Test
    void aRefusedTokenIsReplacedAndTheReadRetried() {
        // a token the server does not accept, though not yet expired by its own account
        long inAnHour = Instant.now().plusSeconds(3600).getEpochSecond();
        directory.useToken(new Tokens("not-a-token", inAnHour, Duration.ofSeconds(30), null, null, null, "dx-app"));
        int before = directory.tokenRequests();
        assertThat(directory.council()).isNotEmpty();
        assertThat(directory.tokenRequests()).isEqualTo(before + 1);
    }
}
