package vn.dxawards.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Figures the Vietnamese way (decimal comma, thousands dot) and the English way. */
class NumbersTests {

    private static final Locale VI = Messages.VIETNAMESE;

    @Test
    void vietnameseFiguresUseADecimalCommaAndAThousandsDot() {
        assertThat(Numbers.number(new BigDecimal("1234.5"), VI)).isEqualTo("1.234,5");
        assertThat(Numbers.number(new BigDecimal("78.833"), VI)).isEqualTo("78,83");
        assertThat(Numbers.number(new BigDecimal("82.50"), VI)).isEqualTo("82,5");
        assertThat(Numbers.number(2000, VI)).isEqualTo("2.000");
        assertThat(Numbers.fixed(new BigDecimal("82.5"), 2, VI)).isEqualTo("82,50");
        assertThat(Numbers.percent(new BigDecimal("0.125"), VI)).isEqualTo("12,5%");
        assertThat(Numbers.fileSize(12_583_592, VI)).isEqualTo("12 MB");
        assertThat(Numbers.fileSize(1_572_864, VI)).isEqualTo("1,5 MB");
        assertThat(Numbers.fileSize(348_160, VI)).isEqualTo("340 KB");
        assertThat(Numbers.fileSize(12, VI)).isEqualTo("12 B");
    }

    @Test
    void englishFiguresUseADecimalPointAndAThousandsComma() {
        assertThat(Numbers.number(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.5");
        assertThat(Numbers.number(2000, Locale.ENGLISH)).isEqualTo("2,000");
        assertThat(Numbers.percent(0.125, Locale.ENGLISH)).isEqualTo("12.5%");
        assertThat(Numbers.fileSize(1_572_864, Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(Numbers.number(null, Locale.ENGLISH)).isEmpty();
    }
}
