package vn.dxawards.dossier.web;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.dxawards.dossier.model.ConsentRequest.Decision;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.dossier.service.ConsentService;
import vn.dxawards.dossier.service.ConsentService.Notice;
import vn.dxawards.identity.CurrentUser;

/** A leader's consent: the nominator (re)sends the link; the leader, holding it, reads the notice and answers. */
@Path("/api")
@Tag(name = "Consent")
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    CurrentUser currentUser;

    /** What the nominator sees of a sent link. */
    public record SentView(long dossierId, String consentState, Instant expiresAt) {
    }

    /** The notice the leader reads, and where their consent stands. */
    public record NoticeView(String reference, String campaign, String nominee, String position, String organization,
            String nominatingBody, String noticeVersion, Instant expiresAt, String consentState, String decision,
            int retentionMonths) {
    }

    /** The leader's answer. */
    public record Answer(Decision decision) {
    }

    @POST
    @Path("dossiers/{id}/consent-request")
    @Authenticated
    @Operation(summary = "(Re)send the leader's one-time consent link (owner)")
    public Response request(@PathParam("id") long id) {
        ConsentService.Sent sent = consents.request(id, currentUser.get());
        return Response.accepted(new SentView(sent.dossier().id, sent.dossier().consentState.name(), sent.expiresAt()))
                .build();
    }

    @GET
    @Path("public/consent/{token}")
    @Operation(summary = "The notice behind a consent link (anonymous holder of the link)")
    public NoticeView notice(@PathParam("token") String token) {
        return view(consents.notice(token));
    }

    @POST
    @Path("public/consent/{token}")
    @Operation(summary = "The leader's own decision: GIVE, REFUSE, or WITHDRAW after giving")
    public NoticeView decide(@PathParam("token") String token, Answer answer) {
        return view(consents.decide(token, answer == null ? null : answer.decision()));
    }

    static NoticeView view(Notice notice) {
        var d = notice.dossier();
        NominatingBody body = NominatingBody.findById(d.bodyCode);
        return new NoticeView(d.reference, d.campaign.nameVi, d.nomineeName, d.nomineePosition, d.nomineeOrganization,
                body == null || body.name == null ? d.bodyCode : body.name, notice.request().noticeVersion,
                notice.request().expiresAt, d.consentState.name(),
                notice.request().decision == null ? null : notice.request().decision.name(), notice.retentionMonths());
    }
}
