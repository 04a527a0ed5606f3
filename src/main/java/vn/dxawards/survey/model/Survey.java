package vn.dxawards.survey.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.dossier.model.Dossier;

/**
 * A field survey (khảo sát) of a dossier: asked for by the secretariat or the chair, done by one
 * council member, who records what they found and attaches PDFs. Runs processes/survey.bpmn.
 */
@Entity
public class Survey extends DxEntity {

    public enum Status {
        /** Asked for; the surveyor has the task. */
        REQUESTED,
        /** Findings recorded. */
        DONE,
        /** No longer needed: the dossier was withdrawn. */
        CANCELLED
    }

    @ManyToOne(optional = false)
    public Dossier dossier;

    /** The council member who surveys (username). */
    public String surveyor;

    public String requestedBy;
    public Instant requestedAt;
    public LocalDate dueDate;
    /** What the survey should look at. */
    public String purpose;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String findings;
    public LocalDate visitedOn;
    public Instant completedAt;
    public String processInstanceId;

    @Version
    public long version;

    public static List<Survey> of(Dossier dossier) {
        return list("dossier = ?1 order by requestedAt, id", dossier);
    }

    public static boolean isSurveyor(Long dossierId, String username) {
        return count("dossier.id = ?1 and surveyor = ?2", dossierId, username) > 0;
    }
}
