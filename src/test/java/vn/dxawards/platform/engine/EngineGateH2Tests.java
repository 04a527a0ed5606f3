package vn.dxawards.platform.engine;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.dxawards.support.H2Profile;

/** The engine gate on the embedded H2 database of the demo run. */
@QuarkusTest
@TestProfile(H2Profile.class)
class EngineGateH2Tests extends EngineGateTests {
}
