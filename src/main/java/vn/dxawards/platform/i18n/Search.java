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

    /**
     * The folded text a search column holds for these fields (nulls left out), cut to fit
     * {@link #DOCUMENT_LENGTH} characters.
     */
    public static String document(String... fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            if (field != null && !field.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(fold(field));
            }
        }
        return text.length() <= DOCUMENT_LENGTH ? text.toString() : text.substring(0, DOCUMENT_LENGTH);
    }

    /** The longest search column. */
    public static final int DOCUMENT_LENGTH = 1200;

    /**
     * A {@code like} pattern finding the folded query anywhere in a search column, its own {@code %},
     * {@code _} and {@code !} escaped with {@code !} (the query says {@code escape '!'}).
     */
    public static String containsPattern(String query) {
        String folded = fold(query).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + folded + "%";
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
