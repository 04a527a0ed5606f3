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
import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.service.CampaignAmendment;
import vn.dxawards.campaign.service.CampaignDefinition;
import vn.dxawards.platform.i18n.LocalizedText;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.service.CouncilService;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.platform.web.Page;

/**
 * Programme staff amend a campaign in the browser: its windows and publication time, its council
 * (chosen among the identity provider's jurors), its issuer, and its categories' names and award quotas. Only what was changed is sent, so a
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
            String parentBody, String issuingBody, String issuerCode, String place, String authority,
            String authorityInText, String signerTitle, List<CategoryForm> categories) {
    }

    /** A category's name and award quota as the form shows them (the quota empty when it has none). */
    public record CategoryForm(String code, String nameVi, String nameEn, String quota) {
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
                fields.getFirst("publicationDate"), fields.getFirst("publicationTime"), fields.getFirst("parentBody"),
                fields.getFirst("issuingBody"), fields.getFirst("issuerCode"), fields.getFirst("place"),
                fields.getFirst("authority"), fields.getFirst("authorityInText"), fields.getFirst("signerTitle"),
                campaign.categories.stream().sorted(Comparator.comparingInt(c -> c.sortOrder))
                        .map(c -> new CategoryForm(c.code, fields.getFirst("category-" + c.code + "-vi"),
                                fields.getFirst("category-" + c.code + "-en"),
                                fields.getFirst("category-" + c.code + "-quota")))
                        .toList());
        Set<String> chosen = new TreeSet<>(fields.getOrDefault("council", List.of()));
        Form before = current(campaign);
        CampaignAmendment amendment;
        try {
            amendment = new CampaignAmendment(null, null, windows(before, typed), publication(before, typed),
                    council(campaign, chosen), issuer(before, typed), categories(campaign, before, typed));
        } catch (NumberFormatException e) {
            return page.refused(422, render(campaign, typed, chosen,
                    page.texts(CampaignMessages.class).amend_bad_quota(), List.of()));
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
                nullToEmpty(campaign.issuerParentBody), nullToEmpty(campaign.issuerBody),
                nullToEmpty(campaign.issuerCode), nullToEmpty(campaign.issuerPlace),
                nullToEmpty(campaign.issuerAuthority), nullToEmpty(campaign.issuerAuthorityText),
                nullToEmpty(campaign.signerTitle),
                campaign.categories.stream().sorted(Comparator.comparingInt(c -> c.sortOrder))
                        .map(c -> new CategoryForm(c.code, c.nameVi, c.nameEn,
                                c.awardQuota == null ? "" : String.valueOf(c.awardQuota)))
                        .toList());
    }

    /**
     * The categories whose name or quota was changed, each sent as its definition (kind, block and
     * places per body as they are); an emptied quota field leaves the quota as it is.
     */
    private static List<CampaignDefinition.CategoryDefinition> categories(Campaign campaign, Form before, Form typed) {
        List<CampaignDefinition.CategoryDefinition> changed = new java.util.ArrayList<>();
        for (int i = 0; i < before.categories().size(); i++) {
            CategoryForm was = before.categories().get(i);
            CategoryForm now = typed.categories().get(i);
            boolean named = changed(was.nameVi(), now.nameVi()) || changed(was.nameEn(), now.nameEn());
            boolean quota = !blank(now.quota()) && changed(was.quota(), now.quota());
            if (named || quota) {
                Category category = campaign.category(was.code()).orElseThrow();
                changed.add(new CampaignDefinition.CategoryDefinition(category.code,
                        new LocalizedText(nullToEmpty(now.nameVi()), nullToEmpty(now.nameEn())), category.kind,
                        category.blockCode, quota ? Integer.valueOf(now.quota().strip()) : null, category.maxPerBody,
                        null));
            }
        }
        return changed.isEmpty() ? null : changed;
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
        String parent = part(before.parentBody(), typed.parentBody());
        String body = part(before.issuingBody(), typed.issuingBody());
        String code = part(before.issuerCode(), typed.issuerCode());
        String place = part(before.place(), typed.place());
        String authority = part(before.authority(), typed.authority());
        String authorityInText = part(before.authorityInText(), typed.authorityInText());
        String title = part(before.signerTitle(), typed.signerTitle());
        return java.util.stream.Stream.of(parent, body, code, place, authority, authorityInText, title)
                .allMatch(Objects::isNull) ? null
                : new CampaignAmendment.IssuerChange(parent, body, code, place, authority, authorityInText, title);
    }

    /** A part of the issuer as typed when it changed (blank: back to the default); null when it did not. */
    private static String part(String before, String typed) {
        return changed(before, typed) ? nullToEmpty(typed) : null;
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
