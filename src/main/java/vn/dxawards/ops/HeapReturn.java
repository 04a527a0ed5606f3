package vn.dxawards.ops;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets the JVM give back the memory a rush made it take. By default the G1 collector keeps up to 70 %
 * of the heap free and returns nothing while the app is quiet, so a deadline-day rush leaves the
 * process at its high-water mark for the rest of the day. At start the app sets the collector's
 * manageable options — at most {@code dx.memory.max-heap-free-ratio} % of the heap kept free, and a
 * collection after {@code dx.memory.idle-gc-interval} without one, which gives memory back while the
 * app is idle — unless the operator set them on the command line, which always wins.
 */
@ApplicationScoped
class HeapReturn {

    private static final Logger LOG = Logger.getLogger(HeapReturn.class);

    @ConfigProperty(name = "dx.memory.min-heap-free-ratio", defaultValue = "10")
    int minHeapFreeRatio;

    @ConfigProperty(name = "dx.memory.max-heap-free-ratio", defaultValue = "30")
    int maxHeapFreeRatio;

    @ConfigProperty(name = "dx.memory.idle-gc-interval", defaultValue = "60s")
    Duration idleGcInterval;

    void apply(@Observes StartupEvent start) {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (hotspot == null) {
            return;
        }
        // the lower bound first: the JVM refuses a maximum below the current minimum (40 by default)
        set(hotspot, "MinHeapFreeRatio", Math.max(0, Math.min(minHeapFreeRatio, maxHeapFreeRatio)));
        set(hotspot, "MaxHeapFreeRatio", Math.max(minHeapFreeRatio, Math.min(100, maxHeapFreeRatio)));
        set(hotspot, "G1PeriodicGCInterval", idleGcInterval.toMillis());
    }

    private static void set(HotSpotDiagnosticMXBean hotspot, String name, long value) {
        try {
            VMOption option = hotspot.getVMOption(name);
            if (option.getOrigin() != VMOption.Origin.DEFAULT) {
                LOG.debugf("JVM option %s=%s kept as set (%s)", name, option.getValue(), option.getOrigin());
                return;
            }
            if (option.isWriteable()) {
                hotspot.setVMOption(name, Long.toString(value));
            }
        } catch (IllegalArgumentException | SecurityException e) {
            LOG.warnf("JVM option %s not set to %d: %s", name, value, e.getMessage());
        }
    }
}
