package vn.dxawards.appraisal.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import vn.dxawards.platform.persistence.DxEntity;

/** An earlier state of a submitted scorecard, kept when the juror revises it in deliberation. */
@Entity
@Immutable
public class ScorecardRevision extends DxEntity {

    @ManyToOne(optional = false)
    public Scorecard scorecard;

    public int revision;
    /** The scores as {@code C1=7;C2=8}. */
    public String scores;
    public String comment;
    /** The criterion comments as {@code C1=…} lines. */
    public String notes;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public BigDecimal total;
    /** Why the scorecard was changed after this state. */
    public String reason;
    public Instant recordedAt;

    public static List<ScorecardRevision> of(Scorecard scorecard) {
        return list("scorecard = ?1 order by revision", scorecard);
    }
}
