package vn.dxawards.campaign.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignAmendment;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.service.CouncilService;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.platform.web.Page;

/**
 * Programme staff amend a campaign in the browser: its windows and publication time, its council
 * (chosen among the identity provider's jurors) and its issuer. Only what was changed is sent, so a
 * part the phase has closed can stay on the form unchanged; the service refuses the rest.
 */
@Path("/app/campaigns/{code}/edit")
@Authenticated
public class CampaignAmendPages {

    @Inject
    Page page;

    @Inject
    CampaignService campaigns;

    @Inject
    CouncilService councils;

    @Inject
    AccessPolicy access;

    /** A juror the campaign may name, with whether it does (every juror when it names none). */
    public record Juror(String username, String name, boolean chair, boolean checked) {
    }

    public record Form(String nominationEnd, String appraisalEnd, String publicationDate, String publicationTime,
            String issuingBody, String issuerCode, String signerTitle) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(String code, String name, Form form, List<Juror> jurors, String error,
                List<String> details);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code) {
        Campaign campaign = campaigns.find(code);
        access.require(page.user(), CampaignAction.CONFIGURE, campaign);
        return render(campaign, current(campaign), null, null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response amend(@PathParam("code") String code, MultivaluedMap<String, String> fields) {
        Campaign campaign = campaigns.find(code);
        access.require(page.user(), CampaignAction.CONFIGURE, campaign);
        Form typed = new Form(fields.getFirst("nominationEnd"), fields.getFirst("appraisalEnd"),
                fields.getFirst("publicationDate"), fields.getFirst("publicationTime"), fields.getFirst("issuingBody"),
                fields.getFirst("issuerCode"), fields.getFirst("signerTitle"));
        Set<String> chosen = new TreeSet<>(fields.getOrDefault("council", List.of()));
        Form before = current(campaign);
        CampaignAmendment amendment;
        try {
            amendment = new CampaignAmendment(null, null, windows(before, typed), publication(before, typed),
                    council(campaign, chosen), issuer(before, typed), null);
        } catch (java.time.format.DateTimeParseException e) {
            return page.refused(422, render(campaign, typed, chosen, page.texts(CampaignMessages.class).amend_bad_date(),
                    List.of()));
        }
        return page.actExplaining(() -> campaigns.amend(code, amendment, page.user(), page.locale()),
                "/app/campaigns/" + code + "?amended=1",
                refusal -> render(campaigns.find(code), typed, chosen, page.message(refusal), refusal.details()));
    }

    private static Form current(Campaign campaign) {
        var publication = campaign.publicationTime() == null ? null : campaign.publicationTime().atZone(Times.ICT);
        return new Form(str(campaign.nominationEnd), str(campaign.appraisalEnd),
                publication == null ? "" : publication.toLocalDate().toString(),
                publication == null ? "" : publication.toLocalTime().toString(),
                campaign.issuerBody == null ? "" : campaign.issuerBody,
                campaign.issuerCode == null ? "" : campaign.issuerCode,
                campaign.signerTitle == null ? "" : campaign.signerTitle);
    }

    private static CampaignAmendment.Windows windows(Form before, Form typed) {
        LocalDate nomination = changed(before.nominationEnd(), typed.nominationEnd()) ? date(typed.nominationEnd()) : null;
        LocalDate appraisal = changed(before.appraisalEnd(), typed.appraisalEnd()) ? date(typed.appraisalEnd()) : null;
        if (nomination == null && appraisal == null) {
            return null;
        }
        return new CampaignAmendment.Windows(nomination == null ? null : new CampaignAmendment.Window(null, nomination),
                appraisal == null ? null : new CampaignAmendment.Window(null, appraisal), null, null, null);
    }

    private static OffsetDateTime publication(Form before, Form typed) {
        if (!changed(before.publicationDate(), typed.publicationDate())
                && !changed(before.publicationTime(), typed.publicationTime())) {
            return null;
        }
        LocalTime time = blank(typed.publicationTime()) ? LocalTime.MIDNIGHT : LocalTime.parse(typed.publicationTime());
        return date(typed.publicationDate()).atTime(time).atZone(Times.ICT).toOffsetDateTime();
    }

    /** The council chosen, when it differs from the campaign's; every juror ticked means the whole role. */
    private List<String> council(Campaign campaign, Set<String> chosen) {
        Set<String> all = new TreeSet<>(councils.jurors().stream().map(m -> m.username()).toList());
        Set<String> now = campaign.councilUsernames().isEmpty() ? all : new TreeSet<>(campaign.councilUsernames());
        if (chosen.equals(now)) {
            return null;
        }
        return chosen.equals(all) ? List.of() : List.copyOf(chosen);
    }

    private static CampaignAmendment.IssuerChange issuer(Form before, Form typed) {
        String body = changed(before.issuingBody(), typed.issuingBody()) ? nullToEmpty(typed.issuingBody()) : null;
        String code = changed(before.issuerCode(), typed.issuerCode()) ? nullToEmpty(typed.issuerCode()) : null;
        String title = changed(before.signerTitle(), typed.signerTitle()) ? nullToEmpty(typed.signerTitle()) : null;
        return body == null && code == null && title == null ? null
                : new CampaignAmendment.IssuerChange(null, body, code, null, null, null, title);
    }

    private String render(Campaign campaign, Form form, Set<String> chosen, String error, List<String> details) {
        Set<String> named = chosen != null ? chosen : new TreeSet<>(campaign.councilUsernames());
        List<Juror> jurors = councils.jurors().stream()
                .map(m -> new Juror(m.username(), m.fullName(), m.chair(),
                        chosen == null && named.isEmpty() || named.contains(m.username())))
                .sorted(Comparator.comparing(Juror::name)).toList();
        String name = campaign.name(page.english());
        return page.render(Templates.edit(campaign.code, name, form, jurors, error, details),
                page.texts(CampaignMessages.class).amend_title(name));
    }

    private static boolean changed(String before, String typed) {
        return !Objects.equals(nullToEmpty(before).strip(), nullToEmpty(typed).strip());
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value.strip());
    }

    private static String str(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
