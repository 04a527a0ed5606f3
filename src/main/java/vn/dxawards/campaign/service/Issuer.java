package vn.dxawards.campaign.service;

import java.util.List;

/**
 * Who issues a campaign's documents, as Decree 30/2020/NĐ-CP lays them out: the parent body and the
 * issuing body (header, left), the symbol's abbreviation (also the key of the yearly numbering), the
 * place in the date line, the authority under the title, the authority inside a sentence, the
 * recipients and the signer's title. Each campaign may set its own; what it leaves out comes from
 * {@code dx.decision.*} ({@link DecisionConfig}).
 */
public record Issuer(String parentBody, String issuingBody, String code, String place, String authority,
        String authorityInText, List<String> recipients, String signerTitle) {
}
