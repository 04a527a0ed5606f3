package vn.dxawards.intake.model;

import java.util.ArrayList;
import java.util.List;

import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.dossier.model.Dossier;

/**
 * The secretariat's completeness checklist: what a dossier must contain before it can be accepted.
 * Submission already refuses a dossier without a strategy; the rest is for the secretariat to weigh.
 */
public final class Completeness {

    /** One required item and whether the dossier has it; {@code item} names the text shown. */
    public record Check(String item, boolean met) {
    }

    private Completeness() {
    }

    public static List<Check> of(Dossier dossier, long pdfCount) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("name", present(dossier.nomineeName)));
        checks.add(new Check("province", present(dossier.nomineeProvince)));
        if (dossier.category.kind == CategoryKind.LEADER) {
            checks.add(new Check("position", present(dossier.nomineePosition)));
            checks.add(new Check("organization", present(dossier.nomineeOrganization)));
            checks.add(new Check("consent", dossier.consentGiven));
        }
        checks.add(new Check("strategy", present(dossier.strategy)));
        checks.add(new Check("results", present(dossier.results)));
        checks.add(new Check("contact_email", present(dossier.contactEmail)));
        checks.add(new Check("pdf", pdfCount > 0));
        return checks;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
