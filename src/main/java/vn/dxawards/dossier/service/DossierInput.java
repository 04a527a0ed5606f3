package vn.dxawards.dossier.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a nominator writes in a dossier (create and edit). */
public record DossierInput(
        @NotBlank(message = "{dx.required}") String categoryCode,
        @NotNull(message = "{dx.required}") @Valid Nominee nominee,
        @Size(max = 10000, message = "{dx.too_long}") String strategy,
        @Size(max = 10000, message = "{dx.too_long}") String scale,
        @Size(max = 10000, message = "{dx.too_long}") String initiatives,
        @Size(max = 10000, message = "{dx.too_long}") String results,
        @Size(max = 10000, message = "{dx.too_long}") String supportWishes) {

    /** The unit or leader nominated. Leaders carry position, organisation and consent. */
    public record Nominee(
            @NotBlank(message = "{dx.required}") @Size(max = 300, message = "{dx.too_long}") String name,
            @Pattern(regexp = "[0-9]{10}([0-9]{3}|-[0-9]{3})?", message = "{dx.tax_code}") String taxCode,
            @NotBlank(message = "{dx.required}") String province,
            @Size(max = 40, message = "{dx.too_long}") String ownership,
            @Size(max = 300, message = "{dx.too_long}") String website,
            @Size(max = 200, message = "{dx.too_long}") String contactName,
            @Email(message = "{dx.email}") @Size(max = 200, message = "{dx.too_long}") String contactEmail,
            @Pattern(regexp = "[0-9+() .-]{6,20}", message = "{dx.phone}") String contactPhone,
            @Size(max = 300, message = "{dx.too_long}") String position,
            @Size(max = 300, message = "{dx.too_long}") String organization,
            @Pattern(regexp = "[0-9]{10}([0-9]{3}|-[0-9]{3})?", message = "{dx.tax_code}") String organizationTaxCode,
            Consent consent) {
    }

    /** A leader's consent to the processing of their personal data (Decree 13/2023). */
    public record Consent(boolean given, @Size(max = 40, message = "{dx.too_long}") String textVersion) {
    }
}
