package vn.dxawards.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs a test class on an in-memory H2 database instead of PostgreSQL. */
public class H2Profile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "h2",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:dx-awards-test;DB_CLOSE_DELAY=-1",
                "quarkus.datasource.username", "sa",
                "quarkus.datasource.password", "");
    }
}
