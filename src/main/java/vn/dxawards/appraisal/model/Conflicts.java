package vn.dxawards.appraisal.model;

import java.util.Objects;

import vn.dxawards.dossier.model.Dossier;

/**
 * Conflicts of interest, organisational as well as personal: a juror affiliated with the
 * nominating body or the nominee, a juror local to the nominee's locality, or a declared conflict.
 * The optimiser, the manual adjustment and the overview all ask here.
 */
public final class Conflicts {

    /** Why a juror may not take a dossier. */
    public enum Kind {
        /** The juror's organisation is the nominating body. */
        NOMINATING_BODY,
        /** The juror's organisation is the nominee (or the leader nominee's organisation). */
        NOMINEE,
        /** The juror is local to the dossier's locality. */
        LOCALITY,
        /** The juror declared a conflict on this dossier. */
        DECLARED,
        /** The juror was taken off this dossier before (by hand); they are not put back automatically. */
        REMOVED
    }

    private Conflicts() {
    }

    /** The conflict that the juror's affiliation and locality make, or null when there is none. */
    public static String detected(String jurorOrg, String jurorProvince, Dossier dossier) {
        Kind kind = detected(jurorOrg, jurorProvince, dossier.bodyCode, dossier.nomineeTaxCode,
                dossier.nomineeOrganizationTaxCode, dossier.nomineeProvince);
        return kind == null ? null : kind.name();
    }

    /**
     * The same, on plain values: the nominating body's code, the nominee's tax code, the leader
     * nominee's organisation tax code (may be null) and the dossier's locality code.
     */
    public static Kind detected(String jurorOrg, String jurorProvince, String bodyCode, String nomineeCode,
            String nomineeOrganizationCode, String locality) {
        if (jurorOrg != null && jurorOrg.equalsIgnoreCase(bodyCode)) {
            return Kind.NOMINATING_BODY;
        }
        if (jurorOrg != null && (sameCode(jurorOrg, nomineeCode) || sameCode(jurorOrg, nomineeOrganizationCode))) {
            return Kind.NOMINEE;
        }
        if (jurorProvince != null && Objects.equals(jurorProvince, locality)) {
            return Kind.LOCALITY;
        }
        return null;
    }

    private static boolean sameCode(String a, String b) {
        return b != null && !b.isBlank() && a.trim().equalsIgnoreCase(b.trim());
    }
}
