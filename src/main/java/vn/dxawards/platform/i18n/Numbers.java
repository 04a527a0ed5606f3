package vn.dxawards.platform.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the reader writes them: in Vietnamese a decimal comma and a thousands dot
 * ({@code 1.234,5}), in English the other way round ({@code 1,234.5}). The one place a figure
 * shown to a person is written; pages reach it through the template extensions.
 */
public final class Numbers {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    private static final long GB = 1024 * MB;

    private Numbers() {
    }

    /** A figure with at most two decimals, trailing zeros dropped: 78,83 · 82,5 · 2.000. */
    public static String number(Number value, Locale locale) {
        return number(value, 0, 2, locale);
    }

    /** A figure with exactly {@code decimals} decimals: 82,50. */
    public static String fixed(Number value, int decimals, Locale locale) {
        return number(value, decimals, decimals, locale);
    }

    /** A fraction as a percentage with at most one decimal: 0.125 → 12,5%. */
    public static String percent(Number fraction, Locale locale) {
        if (fraction == null) {
            return "";
        }
        NumberFormat format = format(0, 1, locale);
        BigDecimal hundredths = new BigDecimal(fraction.toString()).movePointRight(2);
        return format.format(hundredths) + "%";
    }

    /** A size in bytes as people read it: 12 MB, 1,5 MB, 340 KB, 12 B. */
    public static String fileSize(long bytes, Locale locale) {
        if (bytes < KB) {
            return bytes + " B";
        }
        NumberFormat figure = format(0, 1, locale);
        if (bytes < MB) {
            return figure.format(bytes / (double) KB) + " KB";
        }
        if (bytes < GB) {
            return figure.format(bytes / (double) MB) + " MB";
        }
        return figure.format(bytes / (double) GB) + " GB";
    }

    private static String number(Number value, int minDecimals, int maxDecimals, Locale locale) {
        return value == null ? "" : format(minDecimals, maxDecimals, locale).format(value);
    }

    private static NumberFormat format(int minDecimals, int maxDecimals, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        if (!english(locale)) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('.');
            symbols.setMinusSign('-');
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
