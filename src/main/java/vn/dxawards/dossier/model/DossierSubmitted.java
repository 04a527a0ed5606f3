package vn.dxawards.dossier.model;

/**
 * A nominating body submitted a draft (the dossier's process has started); fired synchronously in
 * the submission's transaction, so that what the features above do about it (the receipt to the
 * body) commits or rolls back with it.
 */
public record DossierSubmitted(Dossier dossier) {
}
