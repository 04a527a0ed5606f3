package vn.dxawards.deliberation.service;

import vn.dxawards.deliberation.model.Comment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;

/**
 * The council's discussion of each shortlisted dossier: comments, and replies to them (one level,
 * so a thread stays readable). Comments are posted in deliberation only and never edited: the
 * discussion is part of the record the minutes draw on.
 */
@ApplicationScoped
@Transactional
public class CommentService {

    public static final int MAX_LENGTH = 4000;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** A comment as shown, with its replies. */
    public record Thread(CommentView comment, List<CommentView> replies) {
    }

    public record CommentView(Long id, Long parentId, String author, String authorName, String authorRole, String body,
            Instant postedAt) {
        public static CommentView of(Comment c) {
            return new CommentView(c.id, c.parent == null ? null : c.parent.id, c.author, c.authorName, c.authorRole,
                    c.body, c.postedAt);
        }
    }

    /** A dossier's discussion: the threads, and whether the person may add to it now. */
    public record Discussion(Dossier dossier, List<Thread> threads, boolean open) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Discussion discussion(long dossierId, User user) {
        List<Thread> threads = threads(dossierId, user);
        Dossier dossier = Dossier.findById(dossierId);
        return new Discussion(dossier, threads, dossier.campaign.deliberating()
                && dossier.status == DossierStatus.IN_DELIBERATION && access.may(user, DossierAction.COMMENT, dossier));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Thread> threads(long dossierId, User user) {
        Dossier dossier = visible(dossierId, user);
        access.require(user, DossierAction.READ_COMMENTS, dossier);
        Map<Long, Thread> threads = new LinkedHashMap<>();
        List<Comment> replies = new ArrayList<>();
        for (Comment c : Comment.of(dossier)) {
            if (c.parent == null) {
                threads.put(c.id, new Thread(CommentView.of(c), new ArrayList<>()));
            } else {
                replies.add(c);
            }
        }
        for (Comment reply : replies) {
            Thread thread = threads.get(reply.parent.id);
            if (thread != null) {
                thread.replies().add(CommentView.of(reply));
            }
        }
        return List.copyOf(threads.values());
    }

    /** How many comments each of the campaign's dossiers has, by dossier id (dossiers without any left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> countsIn(Campaign campaign) {
        return Comment.countsIn(campaign);
    }

    public Comment post(long dossierId, String body, Long parentId, User user) {
        Dossier dossier = visible(dossierId, user);
        if (!dossier.campaign.deliberating()) {
            throw DomainException.conflict("phase.closed", dossier.campaign.phase.name());
        }
        access.require(user, DossierAction.COMMENT, dossier);
        if (dossier.status != DossierStatus.IN_DELIBERATION) {
            throw DomainException.conflict("vote.not_shortlisted", dossier.reference);
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("comment.required");
        }
        if (text.length() > MAX_LENGTH) {
            throw DomainException.invalid("comment.too_long", String.valueOf(MAX_LENGTH));
        }
        Comment parent = null;
        if (parentId != null) {
            parent = Comment.findById(parentId);
            if (parent == null || !parent.dossier.id.equals(dossier.id)) {
                throw DomainException.invalid("comment.parent_unknown");
            }
            // replies stay one level deep: a reply to a reply joins the same thread
            if (parent.parent != null) {
                parent = parent.parent;
            }
        }
        Comment comment = new Comment();
        comment.campaign = dossier.campaign;
        comment.dossier = dossier;
        comment.parent = parent;
        comment.author = user.username();
        comment.authorName = user.fullName();
        comment.authorRole = access.discussionRole(user).realmRole;
        comment.body = text;
        comment.postedAt = Instant.now();
        comment.persist();
        audit.record(user.username(), "COMMENT_POSTED", dossier.campaign.code, dossier.id, null,
                parent == null ? "comment" : "reply", null);
        return comment;
    }

    private Dossier visible(long dossierId, User user) {
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null || !access.canSee(user, dossier)) {
            throw DomainException.notFound("dossier");
        }
        return dossier;
    }
}
