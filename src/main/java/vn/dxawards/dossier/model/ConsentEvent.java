package vn.dxawards.dossier.model;

import java.time.Instant;

/**
 * Something happened to a leader's consent; fired synchronously in its transaction for the features
 * above (the e-mail with the one-time link to the leader, the message to the nominating body).
 * {@code token} is set only when a link was sent: it exists nowhere else in clear.
 */
public record ConsentEvent(Dossier dossier, ConsentState state, String token, Instant expiresAt) {
}
