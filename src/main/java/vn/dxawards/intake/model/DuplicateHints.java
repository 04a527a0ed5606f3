package vn.dxawards.intake.model;

import java.util.ArrayList;
import java.util.List;

import vn.dxawards.platform.i18n.Search;
import vn.dxawards.dossier.model.Dossier;

/**
 * Other dossiers of the same campaign that may nominate the same unit: the same tax code, or a
 * name that is nearly the same once diacritics, case and punctuation are set aside ("Bệnh viện
 * Bạch Mai" and "BENH VIEN BACH MAI - HA NOI"). A hint for the secretariat, never a refusal.
 */
public final class DuplicateHints {

    /** Normalised Levenshtein similarity from which two names count as nearly the same. */
    static final double SIMILAR = 0.85;

    /** Below this length a name is too generic for "one contains the other" to mean anything. */
    static final int MIN_CONTAINED_LENGTH = 6;

    /** A possible duplicate and why: the same tax code, and/or a similar name (similarity in percent). */
    public record Hint(Long id, String reference, String nominee, String bodyCode, String status,
            boolean sameTaxCode, boolean similarName, int similarity) {
    }

    private DuplicateHints() {
    }

    public static List<Hint> of(Dossier dossier) {
        List<Hint> hints = new ArrayList<>();
        // Drafts are not nominations yet; the nominator may still change or delete them.
        List<Dossier> others = Dossier.otherNominationsBeside(dossier);
        String name = normalise(dossier.nomineeName);
        for (Dossier other : others) {
            boolean sameTaxCode = sameTaxCode(dossier.nomineeTaxCode, other.nomineeTaxCode);
            double similarity = similarity(name, normalise(other.nomineeName));
            boolean similarName = similarity >= SIMILAR;
            if (sameTaxCode || similarName) {
                hints.add(new Hint(other.id, other.reference, other.nomineeName, other.bodyCode, other.status.name(),
                        sameTaxCode, similarName, (int) Math.round(similarity * 100)));
            }
        }
        return hints;
    }

    /** Names folded for comparison: no diacritics, lower case, punctuation and repeated spaces gone. */
    static String normalise(String name) {
        return Search.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /**
     * How alike two normalised names are, from 0 to 1: 1 when one contains the other (and is not
     * too short to mean anything), else the normalised Levenshtein similarity.
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter)) {
            return 1;
        }
        return 1.0 - (double) levenshtein(a, b) / longer.length();
    }

    // One small classic function; a library dependency for it alone would weigh more than it.
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static boolean sameTaxCode(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.trim().equalsIgnoreCase(b.trim());
    }
}
