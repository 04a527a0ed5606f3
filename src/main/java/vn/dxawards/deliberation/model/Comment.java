package vn.dxawards.deliberation.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.dossier.model.Dossier;

/** One contribution to the council's discussion of a shortlisted dossier; a reply names its parent. */
@Entity
@Table(name = "deliberation_comment")
public class Comment extends DxEntity {

    @ManyToOne(optional = false)
    public Campaign campaign;

    @ManyToOne(optional = false)
    public Dossier dossier;

    @ManyToOne
    public Comment parent;

    public String author;
    public String authorName;
    /** The role the author spoke in: {@code juror}, {@code chair} or {@code secretary}. */
    public String authorRole;
    public String body;
    public Instant postedAt;

    public static List<Comment> of(Dossier dossier) {
        return list("dossier = ?1 order by postedAt, id", dossier);
    }

    /** How many comments each of the campaign's dossiers has, by dossier id (dossiers without any left out). */
    public static Map<Long, Long> countsIn(Campaign campaign) {
        return getEntityManager().createQuery("select c.dossier.id, count(c) from Comment c where c.campaign = ?1"
                + " group by c.dossier.id", Object[].class).setParameter(1, campaign).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
