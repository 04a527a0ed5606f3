package vn.dxawards.dossier.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.model.RegisterQuery;
import vn.dxawards.dossier.model.RegisterSort;
import vn.dxawards.platform.errors.DomainException;

/** The register's query parameters, read the same way by the API and the pages. */
public final class RegisterRequest {

    public static final int DEFAULT_PAGE_SIZE = 50;

    private RegisterRequest() {
    }

    /** The query these parameters ask; an unknown status or order is a 400 naming what is accepted. */
    public static RegisterQuery query(String q, List<String> status, String category, String locality, String body,
            String campaign, String sort) {
        return new RegisterQuery(blankToNull(campaign), blankToNull(q), statuses(status), blankToNull(category),
                blankToNull(locality), blankToNull(body), RegisterSort.parse(sort)
                        .orElseThrow(() -> new DomainException(400, "register.sort", sort, RegisterSort.names())));
    }

    static Set<DossierStatus> statuses(List<String> values) {
        Set<DossierStatus> statuses = EnumSet.noneOf(DossierStatus.class);
        if (values == null) {
            return statuses;
        }
        for (String value : values) {
            for (String one : value.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(DossierStatus.valueOf(one.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new DomainException(400, "register.status", one.trim());
                }
            }
        }
        return statuses;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
