package vn.dxawards.deliberation.model;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.dxawards.dossier.model.Dossier;

/** One shortlisted dossier in a proposal, with its rank, score, votes and whether it is awarded. */
@Entity
@IdClass(ProposalEntry.Key.class)
public class ProposalEntry extends PanacheEntityBase {

    @Id
    @ManyToOne(optional = false)
    public Proposal proposal;

    @Id
    @ManyToOne(optional = false)
    public Dossier dossier;

    public int ranking;
    public BigDecimal score;
    public int approvals;
    public int rejections;
    public int abstentions;
    public boolean awarded;

    public static class Key implements Serializable {
        public Long proposal;
        public Long dossier;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(proposal, k.proposal)
                    && java.util.Objects.equals(dossier, k.dossier);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(proposal, dossier);
        }
    }

    /** The proposal's entry for the dossier, or null when it is not on the proposal. */
    public static ProposalEntry of(Proposal proposal, Dossier dossier) {
        return find("proposal = ?1 and dossier = ?2", proposal, dossier).firstResult();
    }
}
