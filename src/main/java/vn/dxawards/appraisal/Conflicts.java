package vn.dxawards.appraisal;

import java.util.Objects;

import vn.dxawards.dossier.Dossier;

/**
 * Conflicts of interest, organisational as well as personal: a juror affiliated with the
 * nominating body or the nominee, a juror local to the nominee's locality, or a declared conflict.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /** The conflict that the juror's affiliation and locality make, or null when there is none. */
    public static String detected(String jurorOrg, String jurorProvince, Dossier dossier) {
        if (jurorOrg != null && jurorOrg.equalsIgnoreCase(dossier.bodyCode)) {
            return "NOMINATING_BODY";
        }
        if (jurorOrg != null && (sameCode(jurorOrg, dossier.nomineeTaxCode)
                || sameCode(jurorOrg, dossier.nomineeOrganizationTaxCode))) {
            return "NOMINEE";
        }
        if (jurorProvince != null && Objects.equals(jurorProvince, dossier.nomineeProvince)) {
            return "LOCALITY";
        }
        return null;
    }

    private static boolean sameCode(String a, String b) {
        return b != null && !b.isBlank() && a.trim().equalsIgnoreCase(b.trim());
    }
}
