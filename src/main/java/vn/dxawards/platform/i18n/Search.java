package vn.dxawards.platform.i18n;

import java.text.Normalizer;
import java.util.Locale;

/** Search that ignores diacritics and case: "ha noi" finds "Hà Nội", "da nang" finds "Đà Nẵng". */
public final class Search {

    private Search() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }

    public static boolean matches(String query, String... fields) {
        String wanted = fold(query);
        for (String field : fields) {
            if (fold(field).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
