package vn.dxawards.tasks.web;

import vn.dxawards.tasks.service.TaskFilter;
import vn.dxawards.tasks.service.TaskList;
import vn.dxawards.tasks.service.TaskView;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.i18n.Collation;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.web.Page;

/** The task list page: the person's tasks and their groups', with counts per type, filters and paging. */
@Path("/app/tasks")
@Authenticated
public class TaskPages {

    static final int PAGE_SIZE = 25;

    @Inject
    Page page;

    @Inject
    TaskList taskList;

    /** A choice in a filter. */
    public record Option(String value, String label) {
    }

    /** The filter choices of the task list. */
    public record Choices(List<Option> campaigns, List<Option> categories, List<Option> localities,
            List<String> statuses, List<String> sorts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TaskView> tasks, Map<String, Long> counts, TaskFilter filter,
                Choices choices, String query, int pageNo, int pages, long total, String me, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list(@QueryParam("campaign") String campaign, @QueryParam("category") String category,
            @QueryParam("locality") String locality, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") int pageNo, @QueryParam("conflict") String conflict) {
        return render(new TaskFilter(campaign, category, locality, type, status, sort), pageNo, null,
                conflict != null ? page.texts(TaskMessages.class).conflict_done() : null);
    }

    /** Opens the page where the task's work is done; finishing the work there completes the task. */
    @GET
    @Path("{id}/open")
    public Response open(@PathParam("id") String id) {
        TaskView task = taskList.find(id, page.user());
        return Response.seeOther(URI.create(workPage(task))).build();
    }

    static String workPage(TaskView task) {
        String dossier = "/app/dossiers/" + task.dossierId();
        String campaign = "/app/campaigns/" + task.campaignCode();
        return switch (task.type()) {
            case "Task_Intake" -> "/app/intake/" + task.dossierId();
            case "Task_Supplement" -> dossier + "/edit";
            case "Task_Score" -> "/app/scoring/" + task.dossierId();
            case "Task_Vote" -> campaign + "/deliberation";
            case "Task_Proposal" -> campaign + "/ranking";
            case "Task_ChairDecision" -> campaign + "/decision";
            case "Task_Survey" -> "/app/surveys/task/" + task.id();
            default -> task.dossierId() != null ? dossier : campaign;
        };
    }

    @POST
    @Path("{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response claim(@PathParam("id") String id, @RestForm String type) {
        return page.act(() -> taskList.claim(id, page.user()), listAddress(type), message -> render(type, message));
    }

    @POST
    @Path("{id}/unclaim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response unclaim(@PathParam("id") String id, @RestForm String type) {
        return page.act(() -> taskList.unclaim(id, page.user()), listAddress(type), message -> render(type, message));
    }

    /** The task list again after a claim, on the type the person was looking at. */
    private static String listAddress(String type) {
        return "/app/tasks" + (type == null || type.isBlank() ? "" : "?type=" + type);
    }

    private String render(String type, String error) {
        return render(TaskFilter.ALL.withType(type), 1, error, null);
    }

    private String render(TaskFilter filter, int pageNo, String error, String flash) {
        TaskList.Page found = taskList.page(page.user(), filter, pageNo, PAGE_SIZE);
        return page.render(Templates.list(taskList.named(found.tasks(), page.english()), found.countsByType(), filter, choices(),
                query(filter), found.number(), found.pages(), found.total(), page.user().username(), error),
                "Tasks");
    }

    private Choices choices() {
        boolean english = page.english();
        List<Campaign> campaigns = Campaign.newestFirst();
        List<Option> categories = campaigns.stream().flatMap(c -> c.categories.stream())
                .map(c -> new Option(c.code, c.name(english))).distinct()
                .collect(java.util.stream.Collectors.toMap(Option::value, o -> o, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
        List<Option> localities = Locality.validOnDate(Times.today()).stream()
                .sorted(java.util.Comparator.comparing((Locality l) -> l.name, Collation.VIETNAMESE))
                .map(l -> new Option(l.code, l.name(english))).toList();
        return new Choices(campaigns.stream().map(c -> new Option(c.code, c.name(english))).toList(), categories,
                localities, List.of("ALL", "MINE", "UNCLAIMED", "OVERDUE"), List.of("DUE", "CREATED", "TYPE"));
    }

    /** The filter as a query string, for the paging links. */
    private static String query(TaskFilter f) {
        StringBuilder q = new StringBuilder();
        java.util.function.BiConsumer<String, String> add = (k, v) -> {
            if (TaskFilter.given(v)) {
                q.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        add.accept("campaign", f.campaign());
        add.accept("category", f.category());
        add.accept("locality", f.locality());
        add.accept("type", f.type());
        add.accept("status", f.status());
        add.accept("sort", f.sort());
        return q.toString();
    }
}
