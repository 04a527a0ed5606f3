package vn.dxawards.dossier.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import vn.dxawards.platform.persistence.DxEntity;

/** A PDF attached to a dossier; its bytes are in {@link AttachmentContent}. */
@Entity
public class Attachment extends DxEntity {

    @ManyToOne(optional = false)
    public Dossier dossier;

    public String fileName;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public String uploadedBy;
    public Instant uploadedAt;

    public static List<Attachment> of(Dossier dossier) {
        return list("dossier = ?1 order by uploadedAt, id", dossier);
    }

    /**
     * The attachments of each of these dossiers, by dossier id (a dossier without any is absent), in
     * the order of {@link #of}: a few queries for a register of thousands, not one a dossier.
     */
    public static Map<Long, List<Attachment>> ofEach(Collection<Dossier> dossiers) {
        List<Long> ids = dossiers.stream().map(d -> d.id).filter(Objects::nonNull).distinct().toList();
        Map<Long, List<Attachment>> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_AT_ONCE) {
            List<Attachment> some = list("dossier.id in ?1 order by uploadedAt, id",
                    ids.subList(from, Math.min(ids.size(), from + IDS_AT_ONCE)));
            for (Attachment attachment : some) {
                found.computeIfAbsent(attachment.dossier.id, id -> new ArrayList<>()).add(attachment);
            }
        }
        return found;
    }

    /** Dossier ids in one query's list. */
    private static final int IDS_AT_ONCE = 500;

    /** Deletes the dossier's attachments with their bytes; answers how many there were. */
    public static int deleteAllOf(Dossier dossier) {
        List<Attachment> attachments = of(dossier);
        for (Attachment attachment : attachments) {
            AttachmentContent.deleteById(attachment.id);
            attachment.delete();
        }
        return attachments.size();
    }
}
