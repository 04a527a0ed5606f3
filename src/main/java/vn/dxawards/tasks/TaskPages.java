package vn.dxawards.tasks;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import vn.dxawards.common.DomainException;
import vn.dxawards.common.Messages;
import vn.dxawards.web.Page;

/** The task list page: the person's tasks and their groups', with counts per type, filters and paging. */
@Path("/app/tasks")
@Authenticated
public class TaskPages {

    static final int PAGE_SIZE = 25;

    @Inject
    Page page;

    @Inject
    TaskList taskList;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TaskView> tasks, Map<String, Long> counts, String type, int pageNo,
                int pages, String me, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list(@QueryParam("type") String type, @QueryParam("page") @DefaultValue("1") int pageNo) {
        return render(type, pageNo, null);
    }

    /** Opens the page where the task's work is done; finishing the work there completes the task. */
    @GET
    @Path("{id}/open")
    public Response open(@PathParam("id") String id) {
        TaskView task = QuarkusTransaction.requiringNew().call(() -> taskList.find(id, page.user()));
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
            default -> task.dossierId() != null ? dossier : campaign;
        };
    }

    @POST
    @Path("{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response claim(@PathParam("id") String id, @RestForm String type) {
        return act(() -> taskList.claim(id, page.user()), type);
    }

    @POST
    @Path("{id}/unclaim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response unclaim(@PathParam("id") String id, @RestForm String type) {
        return act(() -> taskList.unclaim(id, page.user()), type);
    }

    private Response act(Runnable action, String type) {
        try {
            QuarkusTransaction.requiringNew().run(action);
        } catch (DomainException e) {
            return Response.status(e.status()).entity(render(type, 1,
                    Messages.text(page.english() ? java.util.Locale.ENGLISH : Messages.VIETNAMESE, e.code(), e.args())))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
        return Response.seeOther(URI.create("/app/tasks" + (type == null || type.isBlank() ? "" : "?type=" + type)))
                .build();
    }

    private String render(String type, int pageNo, String error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<TaskView> all = taskList.open(page.user(), type);
            int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int current = Math.min(Math.max(1, pageNo), pages);
            List<TaskView> shown = all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE));
            return page.render(Templates.list(shown, taskList.countsByType(page.user()), type == null ? "" : type,
                    current, pages, page.user().username(), error), "Tasks");
        });
    }
}
