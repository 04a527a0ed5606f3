package vn.dxawards.platform.i18n;

/**
 * The characters no text of the application may hold: NUL (PostgreSQL cannot store it), other
 * control characters except tab and line breaks, the bidirectional controls that make
 * {@code hoso\u202Efdp.exe} display as "hosoexe.pdf", and unpaired surrogates (half a character,
 * stored as "?"). One rule for every JSON string, form field and file name.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Whether the text holds none of the refused characters ({@code null} is safe). */
    public static boolean isSafe(String text) {
        return firstUnsafe(text) < 0;
    }

    /** The index of the first refused character, or -1. */
    public static int firstUnsafe(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || refused(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F) // DEL and the C1 controls
                || c == '\u061C' || c == '\u200E' || c == '\u200F' // Arabic letter mark, LRM, RLM
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\uFFFE' || c == '\uFFFF'; // non-characters
    }
}
