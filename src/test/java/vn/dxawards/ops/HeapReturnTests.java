package vn.dxawards.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import com.sun.management.HotSpotDiagnosticMXBean;

import io.quarkus.test.junit.QuarkusTest;

/** At start the app lets the collector give memory back: the defaults of docs/configuration.md. */
@QuarkusTest
class HeapReturnTests {

    @Test
    void theCollectorKeepsLittleFreeHeapAndCollectsWhenIdle() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertEquals("30", hotspot.getVMOption("MaxHeapFreeRatio").getValue());
        assertEquals("10", hotspot.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals("60000", hotspot.getVMOption("G1PeriodicGCInterval").getValue());
    }
}
