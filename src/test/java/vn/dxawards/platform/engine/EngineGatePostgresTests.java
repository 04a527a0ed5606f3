package vn.dxawards.platform.engine;

import io.quarkus.test.junit.QuarkusTest;

/** The engine gate on PostgreSQL (the test profile's database). */
@QuarkusTest
class EngineGatePostgresTests extends EngineGateTests {
}
