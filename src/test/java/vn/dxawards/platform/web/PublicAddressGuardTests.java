package vn.dxawards.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The production guard against a public address that points nowhere (certificates' QR codes, e-mail
 * links): loopback or malformed addresses are named with their setting; the prod profile has no
 * default for it, so an unset address refuses to start too.
 */
class PublicAddressGuardTests {

    @Test
    void loopbackAndMalformedAddressesAreRefusedNamingTheSetting() {
        for (String bad : List.of("http://localhost:8080", "http://LOCALHOST", "https://127.0.0.1/", "http://[::1]:8080",
                "http://0.0.0.0:8080", "http://app.localhost", "top100.example.gov.vn", "ftp://top100.example.gov.vn",
                "", "http://exa mple")) {
            assertThat(PublicAddressGuard.problem(bad)).as(bad).hasValueSatisfying(
                    problem -> assertThat(problem).contains("DX_PUBLIC_BASE_URL").contains("dx.public-base-url"));
        }
    }

    @Test
    void aPublicAddressPasses() {
        for (String good : List.of("https://top100.example.gov.vn", "https://top100.example.gov.vn/", "http://10.0.0.5:8080",
                "https://dx.gov.vn/top100")) {
            assertThat(PublicAddressGuard.problem(good)).as(good).isEmpty();
        }
    }

    @Test
    void productionHasNoDefault() throws Exception {
        Properties properties = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("%prod.dx.public-base-url")).isEqualTo("${DX_PUBLIC_BASE_URL}");
    }
}
