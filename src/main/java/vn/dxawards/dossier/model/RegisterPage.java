package vn.dxawards.dossier.model;

import java.util.List;

/** One page of the register and how many dossiers match in all. */
public record RegisterPage(List<Dossier> rows, long total) {
}
