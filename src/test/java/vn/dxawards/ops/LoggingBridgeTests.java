package vn.dxawards.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * Apache POI logs through the log4j2 API. Without a provider log4j falls back to a "simple logger"
 * that writes to stderr apart from the app's log (and its JSON format in production), or drops the
 * messages; the log4j2 → JBoss LogManager bridge makes them ordinary log records of the app.
 */
class LoggingBridgeTests {

    @Test
    void log4jMessagesReachTheAppsLog() {
        assertThat(org.apache.logging.log4j.LogManager.getFactory().getClass().getName())
                .startsWith("org.jboss.logmanager");
        List<LogRecord> seen = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger poi = Logger.getLogger("org.apache.poi.dx-test");
        poi.addHandler(capture);
        try {
            org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.dx-test").warn("a POI warning {}", 42);
        } finally {
            poi.removeHandler(capture);
        }
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.getLevel().getName()).isEqualTo("WARN");
            assertThat(r.getMessage() == null ? "" : r.getMessage()).isNotEmpty();
        });
    }
}
