package vn.dxawards.decision.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.dxawards.platform.errors.DomainException;

/** Reads an uploaded signed decision, refusing what is plainly not one. */
final class Uploads {

    /** A signed decision is a few hundred kilobytes; anything far bigger is not one. */
    private static final long MAX_SIZE = 20L * 1024 * 1024;

    private Uploads() {
    }

    static byte[] read(FileUpload file) {
        if (file == null || file.size() == 0) {
            throw DomainException.invalid("attachment.missing");
        }
        if (file.size() > MAX_SIZE) {
            throw new DomainException(413, "file_too_large", MAX_SIZE / (1024 * 1024));
        }
        try {
            byte[] content = Files.readAllBytes(file.uploadedFile());
            if (content.length < 5 || content[0] != '%' || content[1] != 'P' || content[2] != 'D' || content[3] != 'F') {
                throw new DomainException(415, "attachment.not_pdf");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
