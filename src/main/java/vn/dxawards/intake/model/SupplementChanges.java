package vn.dxawards.intake.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.platform.documents.Hashes;

/**
 * What a supplement answer changed: a fingerprint of each part of the dossier when the secretariat
 * asked (a short hash, so no personal data is copied), compared with the dossier as answered. The
 * parts are named by the codes of the dossier form's fields; new attachments as {@code attachment}.
 */
public final class SupplementChanges {

    private SupplementChanges() {
    }

    public static String snapshot(Dossier d) {
        StringBuilder out = new StringBuilder();
        parts(d).forEach((field, value) -> out.append(field).append('=').append(fingerprint(value)).append(';'));
        return out.toString();
    }

    /** The codes of the parts that differ from the snapshot, in the form's order. */
    public static List<String> changed(String snapshot, Dossier d) {
        Map<String, String> before = new LinkedHashMap<>();
        for (String entry : snapshot == null ? new String[0] : snapshot.split(";")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                before.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        List<String> changed = new ArrayList<>();
        parts(d).forEach((field, value) -> {
            if (!fingerprint(value).equals(before.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }

    private static Map<String, String> parts(Dossier d) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("name", d.nomineeName);
        parts.put("tax_code", d.nomineeTaxCode);
        parts.put("province", d.nomineeProvince);
        parts.put("ownership", d.nomineeOwnership);
        parts.put("website", d.nomineeWebsite);
        parts.put("position", d.nomineePosition);
        parts.put("organization", d.nomineeOrganization);
        parts.put("contact_name", d.contactName);
        parts.put("contact_email", d.contactEmail);
        parts.put("contact_phone", d.contactPhone);
        parts.put("strategy", d.strategy);
        parts.put("scale", d.scale);
        parts.put("initiatives", d.initiatives);
        parts.put("results", d.results);
        parts.put("support_wishes", d.supportWishes);
        StringBuilder files = new StringBuilder();
        Attachment.of(d).forEach(a -> files.append(a.sha256).append(','));
        parts.put("attachment", files.toString());
        return parts;
    }

    private static String fingerprint(String value) {
        return value == null ? "-" : Hashes.sha256(value.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
