package vn.dxawards.support;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.specification.RequestSpecification;

/**
 * Quarkus' management interface of the test app: health, metrics and the OpenAPI document answer
 * there ({@code quarkus.management.test-port}, {@code DX_MANAGEMENT_TEST_PORT}), not on the public port.
 */
public final class Management {

    private Management() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** A request to the management interface on loopback. */
    public static RequestSpecification request() {
        return given().baseUri("http://127.0.0.1").port(port());
    }
}
