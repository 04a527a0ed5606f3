package vn.dxawards.campaign.model;

/** A campaign's council was brought up to date with the identity provider (members, affiliations, localities). */
public record CouncilRefreshed(Long campaignId) {
}
