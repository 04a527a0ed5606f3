package vn.dxawards.campaign.model;

/**
 * How jurors' totals are made comparable before they are averaged: as given, or per juror as a
 * z-score over all that juror's submitted totals in the campaign, put back on the 0–100 scale
 * with the campaign's pooled mean and standard deviation (docs/architecture.md, "Ranking rules").
 */
public enum Normalisation {
    NONE, Z_SCORE
}
