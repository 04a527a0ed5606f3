package vn.dxawards.dossier.model;

import java.time.Instant;
import java.util.List;

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
