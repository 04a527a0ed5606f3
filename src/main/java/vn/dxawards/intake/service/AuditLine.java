package vn.dxawards.intake.service;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a dossier's audit trail as a person reads it: people by name ({@code actor} is null
 * for the system's own steps), the dossier by reference, what the raw line held turned into the
 * parts of a sentence ({@code person}, {@code otherPerson}: whom the action was about;
 * {@code detail}: the words a person typed or a file name; {@code reason}: why a change was
 * refused). The pages write the sentence from their message bundle.
 */
public record AuditLine(Instant at, String action, String actor, String reference, String person,
        String otherPerson, String from, String to, String detail, BigDecimal score, String reason) {
}
