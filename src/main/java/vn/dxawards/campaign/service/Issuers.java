package vn.dxawards.campaign.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.campaign.model.Campaign;

/** A campaign's issuer: what the campaign sets, the configured {@code dx.decision.*} for the rest. */
@ApplicationScoped
public class Issuers {

    @Inject
    DecisionConfig config;

    public Issuer of(Campaign campaign) {
        return new Issuer(
                or(campaign.issuerParentBody, config.parentBody()),
                or(campaign.issuerBody, config.issuingBody()),
                or(campaign.issuerCode, config.issuerCode()),
                or(campaign.issuerPlace, config.place()),
                or(campaign.issuerAuthority, config.authority()),
                or(campaign.issuerAuthorityText, config.authorityInText()),
                config.recipients(),
                or(campaign.signerTitle, config.signerTitle()));
    }

    private static String or(String own, String configured) {
        return own == null || own.isBlank() ? configured : own;
    }
}
