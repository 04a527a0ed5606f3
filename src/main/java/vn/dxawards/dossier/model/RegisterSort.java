package vn.dxawards.dossier.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The register's orders, as the API names them ({@code sort=nominee}, {@code sort=-submitted} for
 * the reverse). Every order ends on the id, so that pages never overlap; empty values come last.
 */
public record RegisterSort(Key key, boolean descending) {

    /** What a register is ordered by. */
    public enum Key {
        REFERENCE("reference", "reference"), NOMINEE("nominee", "nomineeName"), STATUS("status", "status"),
        CATEGORY("category", "category.sortOrder"), LOCALITY("locality", "nomineeProvince"),
        BODY("body", "bodyCode"), SUBMITTED("submitted", "submittedAt"), INTAKE_DUE("intakeDue", "intakeDue");

        public final String apiName;
        final String path;

        Key(String apiName, String path) {
            this.apiName = apiName;
            this.path = path;
        }
    }

    /** Newest reference first is the order dossiers arrive in. */
    public static final RegisterSort DEFAULT = new RegisterSort(Key.REFERENCE, false);

    /** The order named {@code name} ({@code -} first for the reverse), if there is one. */
    public static Optional<RegisterSort> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(DEFAULT);
        }
        String trimmed = name.trim();
        boolean descending = trimmed.startsWith("-");
        String wanted = descending ? trimmed.substring(1) : trimmed;
        return Arrays.stream(Key.values()).filter(k -> k.apiName.equalsIgnoreCase(wanted)
                || k.name().equalsIgnoreCase(wanted.toUpperCase(Locale.ROOT)))
                .findFirst().map(k -> new RegisterSort(k, descending));
    }

    /** The names the API accepts, for a refusal's message. */
    public static String names() {
        return String.join(", ", Arrays.stream(Key.values()).map(k -> k.apiName).toList());
    }

    /** As the API writes it. */
    public String apiName() {
        return (descending ? "-" : "") + key.apiName;
    }

    String orderBy(String alias) {
        return alias + "." + key.path + (descending ? " desc" : " asc") + " nulls last, " + alias + ".id"
                + (descending ? " desc" : " asc");
    }
}
