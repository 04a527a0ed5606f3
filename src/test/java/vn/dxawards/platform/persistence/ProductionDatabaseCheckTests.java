package vn.dxawards.platform.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/** Production refuses the default database password, naming the setting; other runs do not care. */
class ProductionDatabaseCheckTests {

    @Test
    void productionRefusesTheDefaultOrAnEmptyPasswordNamingTheSetting() {
        for (String password : new String[] { "dxawards", "", " " }) {
            assertThatThrownBy(() -> ProductionDatabaseCheck.check(LaunchMode.NORMAL, List.of("prod"), password, false))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("DX_DB_PASSWORD")
                    .hasMessageContaining("quarkus.datasource.password").hasMessageNotContaining("dxawards");
        }
    }

    @Test
    void aRealPasswordTheDemoTheTestsAndTheExplicitExceptionStart() {
        assertThatCode(() -> ProductionDatabaseCheck.check(LaunchMode.NORMAL, List.of("prod"), "s3cret-Ω", false))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductionDatabaseCheck.check(LaunchMode.NORMAL, List.of("demo"), "", false))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductionDatabaseCheck.check(LaunchMode.TEST, List.of("test"), "dxawards", false))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductionDatabaseCheck.check(LaunchMode.DEVELOPMENT, List.of("dev"), "dxawards", false))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductionDatabaseCheck.check(LaunchMode.NORMAL, List.of("prod"), "dxawards", true))
                .doesNotThrowAnyException();
    }
}
