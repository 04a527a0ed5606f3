package vn.dxawards.tasks.web;

import vn.dxawards.tasks.service.TaskFilter;
import vn.dxawards.tasks.service.TaskList;
import vn.dxawards.tasks.service.TaskView;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import vn.dxawards.identity.CurrentUser;

@Path("/api")
@Authenticated
@Tag(name = "Tasks")
public class TaskResource {

    @Inject
    TaskList taskList;

    @Inject
    CurrentUser currentUser;

    @Inject
    vn.dxawards.platform.i18n.Language language;

    @GET
    @Path("tasks")
    @Operation(summary = "The caller's open tasks and those of their groups, earliest due first")
    public List<TaskView> list(@QueryParam("campaign") String campaign, @QueryParam("category") String category,
            @QueryParam("locality") String locality, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("1000") int size) {
        return taskList.named(taskList.page(currentUser.get(), new TaskFilter(campaign, category, locality, type,
                status, sort), page, Math.min(Math.max(size, 1), 1000)).tasks(), language.english());
    }

    @POST
    @Path("tasks/{id}/claim")
    @Operation(summary = "Take a group task for oneself")
    public TaskView claim(@PathParam("id") String id) {
        return taskList.claim(id, currentUser.get());
    }

    @POST
    @Path("tasks/{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its group")
    public TaskView unclaim(@PathParam("id") String id) {
        return taskList.unclaim(id, currentUser.get());
    }
}
