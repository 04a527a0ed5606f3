package vn.dxawards.dossier.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A dossier as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierView(
        Long id,
        String reference,
        String status,
        boolean overdue,
        String campaignCode,
        String categoryCode,
        String categoryName,
        String bodyCode,
        String bodyName,
        Nominee nominee,
        String strategy,
        String scale,
        String initiatives,
        String results,
        String supportWishes,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant intakeDue,
        Instant supplementDue,
        List<AttachmentView> attachments,
        List<String> warnings) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Nominee(String name, String taxCode, String province, String provinceName, String ownership,
            String website, String contactName, String contactEmail, String contactPhone, String position,
            String organization, String organizationTaxCode, Boolean consentGiven, String consentState) {
    }

    public record AttachmentView(Long id, String fileName, long size, String sha256, Instant uploadedAt) {
    }
}
