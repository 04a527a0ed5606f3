package vn.dxawards.dossier.model;

/**
 * The nominating body withdrew a dossier; fired (synchronously, in the step's transaction) so
 * that the work other features started on it ends with it: the jurors' scoring, field surveys.
 */
public record DossierWithdrawn(Dossier dossier) {
}
