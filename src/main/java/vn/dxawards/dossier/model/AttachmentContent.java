package vn.dxawards.dossier.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The bytes of an attachment, kept in the database with the rest of the dossier. */
@Entity
public class AttachmentContent extends PanacheEntityBase {

    @Id
    public Long attachmentId;

    @Column(nullable = false)
    public byte[] content;
}
