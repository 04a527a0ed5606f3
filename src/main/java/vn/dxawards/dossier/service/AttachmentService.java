package vn.dxawards.dossier.service;

import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.model.AttachmentContent;
import vn.dxawards.dossier.model.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import java.util.Optional;

import org.apache.pdfbox.Loader;
import vn.dxawards.platform.documents.PdfActiveContent;
import org.apache.pdfbox.pdmodel.PDDocument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.persistence.Blobs;

/** PDF attachments of dossiers: checked by their content, kept in the database, fingerprinted as stored. */
@ApplicationScoped
@Transactional
public class AttachmentService {

    @Inject
    DossierService dossiers;

    @Inject
    AttachmentConfig config;

    @Inject
    AuditLog audit;

    public Attachment attach(long dossierId, String fileName, Path upload, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.ATTACH);
        if (!dossier.editable()) {
            throw DomainException.conflict("dossier.not_editable", dossier.status.name());
        }
        CheckedPdf pdf = checkedPdf(upload);
        Attachment attachment = new Attachment();
        attachment.dossier = dossier;
        attachment.fileName = safeName(fileName);
        attachment.contentType = "application/pdf";
        attachment.sizeBytes = pdf.size();
        attachment.sha256 = Blobs.FINGERPRINT_PENDING;
        attachment.uploadedBy = user.username();
        attachment.uploadedAt = Instant.now();
        attachment.persist();
        // the fingerprint of the bytes as the database stored them
        attachment.sha256 = Blobs.insert(Attachment.getEntityManager(), "attachment_content", "attachment_id",
                attachment.id, pdf.file(), pdf.size());
        audit.record(user.username(), "ATTACHMENT_ADDED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), attachment.fileName + " " + attachment.sha256);
        return attachment;
    }

    /** An uploaded file that passed {@link #checkedPdf}: where it is and its size. */
    public record CheckedPdf(Path file, long size) {
    }

    /**
     * An uploaded PDF, checked where it lies on disk (it is never read whole into memory: at the
     * deadline-day rush hundreds of 1 MiB uploads arrive at once); refused when too large (413),
     * empty (422), not a PDF or a PDF with active content (415: JavaScript, Launch, embedded files,
     * XFA, data appended after its end).
     */
    public CheckedPdf checkedPdf(Path upload) {
        long size = sizeOf(upload);
        if (size > config.maxSize().asLongValue()) {
            throw new DomainException(413, "file_too_large", config.maxSize().asLongValue() / (1024 * 1024));
        }
        if (size == 0) {
            throw DomainException.invalid("attachment.empty");
        }
        // opened once: whether it is a PDF with pages, and whether it carries active content
        Optional<PdfActiveContent.Reason> active = activeContentOfPdf(upload);
        if (active.isPresent()) {
            throw new DomainException(415, "attachment.active_content." + active.get().code);
        }
        return new CheckedPdf(upload, size);
    }

    /**
     * Takes a wrong file off a dossier the body may still change (a draft, or one whose supplement is
     * asked for); the file and its content are gone, the audit line keeps its name and fingerprint.
     */
    public Attachment remove(long dossierId, long attachmentId, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.ATTACH);
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null || !attachment.dossier.id.equals(dossier.id)) {
            throw DomainException.notFound("attachment");
        }
        if (!dossier.editable()) {
            throw DomainException.conflict("attachment.not_removable", attachment.fileName);
        }
        AttachmentContent.deleteById(attachment.id);
        attachment.delete();
        audit.record(user.username(), "ATTACHMENT_REMOVED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), attachment.fileName + " " + attachment.sha256);
        return attachment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] content(long dossierId, long attachmentId, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.VIEW);
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null || !attachment.dossier.id.equals(dossier.id)) {
            throw DomainException.notFound("attachment");
        }
        AttachmentContent content = AttachmentContent.findById(attachmentId);
        return content.content;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Attachment find(long attachmentId) {
        return Attachment.findById(attachmentId);
    }

    /** Refused (415) unless a PDF with pages; then the active content it carries, if any. */
    private static Optional<PdfActiveContent.Reason> activeContentOfPdf(Path upload) {
        byte[] header = new byte[5];
        try (InputStream in = Files.newInputStream(upload)) {
            if (in.readNBytes(header, 0, 5) < 5 || header[0] != '%' || header[1] != 'P' || header[2] != 'D'
                    || header[3] != 'F' || header[4] != '-') {
                throw new DomainException(415, "attachment.not_pdf");
            }
        } catch (IOException e) {
            throw new DomainException(400, "bad_request");
        }
        try (PDDocument document = Loader.loadPDF(upload.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new DomainException(415, "attachment.not_pdf");
            }
            return PdfActiveContent.find(document, upload);
        } catch (IOException e) {
            throw new DomainException(415, "attachment.not_pdf");
        }
    }

    private static long sizeOf(Path upload) {
        try {
            return Files.size(upload);
        } catch (IOException e) {
            throw new DomainException(400, "bad_request");
        }
    }

    public static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "tep-dinh-kem.pdf" : fileName;
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
