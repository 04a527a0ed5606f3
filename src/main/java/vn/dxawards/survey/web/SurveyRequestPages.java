package vn.dxawards.survey.web;

import vn.dxawards.survey.service.SurveyService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

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
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.platform.web.Page;

/** The form by which the secretariat or the chair asks a council member to survey a dossier. */
@Path("/app/dossiers/{id}/surveys")
@Authenticated
public class SurveyRequestPages {

    @Inject
    Page page;

    @Inject
    SurveyService surveys;

    @Inject
    DossierService dossiers;

    /** A council member who may survey. */
    public record Option(String value, String label) {
    }

    /** The request form: the choices and what was typed. */
    public record RequestForm(Long dossierId, String reference, List<Option> surveyors, Map<String, String> values,
            String today, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(RequestForm form);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public String requestForm(@PathParam("id") long id) {
        return renderRequest(id, Map.of(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response request(@PathParam("id") long id, @RestForm String surveyor, @RestForm String dueDate,
            @RestForm String purpose) {
        Map<String, String> values = new HashMap<>();
        values.put("surveyor", surveyor);
        values.put("dueDate", dueDate);
        values.put("purpose", purpose);
        return page.act(() -> surveys.request(id, new SurveyService.Request(surveyor, SurveyPages.date(dueDate), purpose),
                page.user()), "/app/dossiers/" + id + "#surveys", message -> renderRequest(id, values, message));
    }

    private String renderRequest(long id, Map<String, String> values, String error) {
        Dossier dossier = dossiers.visible(id, page.user(), DossierAction.REQUEST_SURVEY);
        List<CouncilMember> members = CouncilMember.of(dossier.campaign);
        List<String> eligible = surveys.eligibleSurveyors(dossier, members);
        List<Option> options = members.stream().filter(m -> eligible.contains(m.username))
                .map(m -> new Option(m.username, (m.fullName == null ? m.username : m.fullName) + " (" + m.username
                        + ")"))
                .toList();
        return page.render(Templates.request(new RequestForm(dossier.id, dossier.reference, options, values,
                Times.today().toString(), error)), texts().request_title(dossier.reference));
    }

    private SurveyMessages texts() {
        return page.texts(SurveyMessages.class);
    }
}
