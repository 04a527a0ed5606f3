package vn.dxawards.dossier.model;

import java.util.Set;

/**
 * What the dossier register is asked: a text found without diacritics in the nominee, the
 * organisation, the reference or a tax code; filters (null: any); the order.
 */
public record RegisterQuery(String campaignCode, String text, Set<DossierStatus> statuses, String categoryCode,
        String localityCode, String bodyCode, RegisterSort sort) {

    public RegisterQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? RegisterSort.DEFAULT : sort;
    }
}
