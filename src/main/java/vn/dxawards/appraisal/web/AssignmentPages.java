package vn.dxawards.appraisal.web;

import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.service.AssignmentService;
import vn.dxawards.appraisal.service.ScoringStarts;
import vn.dxawards.appraisal.model.Conflicts;
import vn.dxawards.appraisal.model.JurorConflict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.platform.web.Page;

/**
 * The secretariat's assignment overview of a campaign: accepted dossiers × council members, with
 * who is assigned, who is conflicted, each member's load, and the automatic assignment, which
 * answers which dossiers it could not fill.
 */
@Path("/app/campaigns/{code}/assignments")
@Authenticated
public class AssignmentPages {

    static final int PAGE_SIZE = 50;

    /** Dossiers that have been accepted, whatever became of them since. */
    static final EnumSet<DossierStatus> ACCEPTED_AND_LATER = EnumSet.of(DossierStatus.ACCEPTED,
            DossierStatus.IN_APPRAISAL, DossierStatus.IN_DELIBERATION, DossierStatus.AWARDED,
            DossierStatus.NOT_AWARDED);

    @Inject
    Page page;

    @Inject
    CampaignService campaigns;

    @Inject
    AssignmentService assignments;

    @Inject
    AccessPolicy access;

    /** A council member as a column: name, chair or not, expertise, how many dossiers they have against the bounds. */
    public record Member(String username, String name, boolean chair, List<String> expertise, int load,
            boolean belowMinimum, boolean atMaximum) {
    }

    /**
     * One dossier × member: the assignment's status (ACTIVE, DONE) with its reason in words, and/or
     * the conflict's reason, or neither.
     */
    public record Cell(String juror, String assignment, String reason, String conflict) {
    }

    /** One accepted dossier with its cells, in the members' order. */
    public record Row(Long id, String reference, String nominee, String status, List<Cell> cells, int assigned,
            int missing) {
    }

    /** The page: the table, the last automatic assignment's result, or the refusal. */
    public record Overview(String code, String name, int jurorsPerDossier, int minLoad, int maxLoad,
            List<Member> members, List<Row> rows, int pageNo, int pages, boolean councilUnavailable,
            AssignmentService.Result result, String error, List<String> details, String done,
            ScoringStarts.Progress progress) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignments(Overview overview);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code, @QueryParam("page") @DefaultValue("1") int pageNo) {
        boolean councilUnavailable = !assignments.refreshCouncil(code, page.user());
        return render(code, pageNo, councilUnavailable, null, null, null);
    }

    @POST
    @Path("auto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response assignAll(@PathParam("code") String code) {
        return page.answer(() -> assignments.assignAll(code, page.user(), page.locale()),
                result -> Response.ok(render(code, 1, false, result, null, null)).build(),
                refusal -> render(code, 1, refusal.status() == 503, null, refusal, null), 403, 404);
    }

    /**
     * The secretariat's adjustment by hand: add ({@code action=add}) or take off ({@code action=remove})
     * one juror on one dossier; refused with the reason when a constraint would break.
     */
    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response adjust(@PathParam("code") String code, @FormParam("dossier") Long dossier,
            @FormParam("juror") String juror, @FormParam("action") String action,
            @FormParam("page") @DefaultValue("1") int pageNo) {
        boolean remove = "remove".equals(action);
        return page.answer(() -> {
            assignments.adjust(code, dossier, juror, remove, page.user());
            return remove ? "removed" : "added";
        }, done -> Response.ok(render(code, pageNo, false, null, null, done)).build(),
                refusal -> render(code, pageNo, refusal.status() == 503, null, refusal, null), 403);
    }

    private String render(String code, int pageNo, boolean councilUnavailable, AssignmentService.Result result,
            DomainException error, String done) {
        boolean english = page.english();
        Campaign campaign = campaigns.find(code);
        access.require(page.user(), CampaignAction.ASSIGN, campaign);
        List<CouncilMember> members = CouncilMember.of(campaign);
        List<Dossier> dossiers = Dossier.inStatus(campaign, ACCEPTED_AND_LATER);

        Map<Long, Map<String, Assignment>> assigned = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (Assignment a : Assignment.currentIn(campaign)) {
            assigned.computeIfAbsent(a.dossier.id, k -> new HashMap<>()).put(a.juror, a);
            load.merge(a.juror, 1, Integer::sum);
        }
        Set<String> declared = new HashSet<>();
        for (JurorConflict c : JurorConflict.declaredIn(campaign)) {
            declared.add(c.dossier.id + "/" + c.juror);
        }

        int pages = Math.max(1, (dossiers.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, pageNo), pages);
        List<Row> rows = new ArrayList<>();
        for (Dossier d : dossiers.subList((current - 1) * PAGE_SIZE,
                Math.min(dossiers.size(), current * PAGE_SIZE))) {
            Map<String, Assignment> ofDossier = assigned.getOrDefault(d.id, Map.of());
            List<Cell> cells = new ArrayList<>();
            for (CouncilMember m : members) {
                Assignment a = ofDossier.get(m.username);
                String conflict = Conflicts.detected(m.org, m.province, d);
                if (conflict == null && declared.contains(d.id + "/" + m.username)) {
                    conflict = "DECLARED";
                }
                cells.add(new Cell(m.username, a == null ? null : a.status.name(),
                        a == null ? null : AssignmentService.explain(a, english, page.locale()), conflict));
            }
            rows.add(new Row(d.id, d.reference, d.nomineeName, d.status.name(), cells, ofDossier.size(),
                    Math.max(0, campaign.jurorsPerDossier - ofDossier.size())));
        }
        List<Member> columns = members.stream()
                .map(m -> {
                    int n = load.getOrDefault(m.username, 0);
                    return new Member(m.username, m.fullName == null ? m.username : m.fullName, m.chair,
                            m.expertiseCodes().stream().sorted()
                                    .map(c -> campaign.category(c).map(cat -> cat.name(english)).orElse(c)).toList(),
                            n, n < campaign.minLoad,
                            n >= campaign.maxLoad);
                })
                .toList();
        Overview overview = new Overview(campaign.code, campaign.name(english), campaign.jurorsPerDossier,
                campaign.minLoad, campaign.maxLoad, columns, rows, current, pages, councilUnavailable, result,
                error == null ? null : page.message(error), error == null ? List.of() : error.details(), done,
                assignments.progress(code, page.user()));
        return page.render(Templates.assignments(overview),
                page.texts(AppraisalMessages.class).assignments_title(campaign.name(english)));
    }

}
