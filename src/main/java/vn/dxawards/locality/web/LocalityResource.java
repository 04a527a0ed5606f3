package vn.dxawards.locality.web;

import vn.dxawards.locality.model.Locality;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.Times;

@Path("/api")
@Authenticated
@Tag(name = "Reference data")
public class LocalityResource {

    @Inject
    Language language;

    /** A provincial-level unit: its code and name; {@code successor} for units that were merged. */
    public record LocalityView(String code, String name, String kind, LocalDate validFrom, LocalDate validTo,
            String successor) {
    }

    @GET
    @Path("localities")
    @Operation(summary = "Localities valid on a date (default today, ICT)")
    public List<LocalityView> list(@QueryParam("date") String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? Times.today() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new DomainException(400, "invalid_date", date);
        }
        boolean english = language.english();
        return Locality.validOnDate(day).stream()
                .map(l -> new LocalityView(l.code, l.name(english), l.kind, l.validFrom, l.validTo, l.successorCode))
                .toList();
    }
}
