package vn.dxawards.platform.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese alphabetical order (Đ after D, tones after the base letter). */
public final class Collation {

    public static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"))::compare;

    private Collation() {
    }
}
