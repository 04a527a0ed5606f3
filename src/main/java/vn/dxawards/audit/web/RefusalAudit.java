package vn.dxawards.audit.web;

import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.platform.web.Refusal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.arc.Arc;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.identity.User;

/**
 * A refused change leaves nothing but its audit line (DESIGN.md §4): every request of a signed-in
 * person that would change something (not GET) and ends in a 4xx is recorded as {@code REFUSED},
 * with the refusal's code and, where the path names them, the dossier and the campaign. The line
 * is written in its own transaction, after the refused one was rolled back.
 */
public class RefusalAudit {

    private static final Logger LOG = Logger.getLogger(RefusalAudit.class);
    private static final Pattern DOSSIER = Pattern.compile("/(?:api|app)/(?:dossiers|scoring|intake)/(\\d+)");
    private static final Pattern CAMPAIGN = Pattern.compile("/(?:api|app)/campaigns/([A-Za-z0-9-]+)");

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Refusal refusal;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String method = request.getMethod();
        if (status < 400 || status >= 500 || "GET".equals(method) || "HEAD".equals(method)
                || "OPTIONS".equals(method) || Context.isOnEventLoopThread()) {
            return;
        }
        try {
            User user = currentUser.get();
            if (user.isAnonymous()) {
                return;
            }
            String path = request.getUriInfo().getPath();
            Matcher dossier = DOSSIER.matcher(path);
            Matcher campaign = CAMPAIGN.matcher(path);
            Long dossierId = dossier.lookingAt() ? Long.valueOf(dossier.group(1)) : null;
            String campaignCode = campaign.lookingAt() ? campaign.group(1) : null;
            String code = Arc.container().requestContext().isActive() && refusal.code() != null ? refusal.code()
                    : String.valueOf(status);
            audit.recordRefusal(user.username(), campaignCode, dossierId, status, method + " " + path + " → " + code);
        } catch (RuntimeException e) {
            // the refusal itself is answered whatever happens to its audit line
            LOG.warnf(e, "Could not record a refused %s %s", method, request.getUriInfo().getPath());
        }
    }
}
