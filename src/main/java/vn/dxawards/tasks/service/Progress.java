package vn.dxawards.tasks.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A campaign's progress as the secretariat, the chair and programme staff read it
 * ({@code GET /api/campaigns/{code}/progress}); a council member gets the campaign and {@code own}
 * only. Figures the phase has not reached yet are left out (null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Progress(CampaignFacts campaign, Dossiers dossiers, Intake intake, Scoring scoring, Votes votes,
        ProposalFacts proposal, List<Blocker> blockers, Own own) {

    /** The campaign, its phase and the end of the phase's window (24:00 ICT of that day). */
    public record CampaignFacts(String code, String name, String phase, LocalDate windowEnd, Long daysLeft) {
    }

    /** Dossiers by status, and by status within each locality and each category. */
    public record Dossiers(long total, Map<String, Long> byStatus, List<Group> byLocality, List<Group> byCategory) {
    }

    /** One locality or category: its code, name, dossiers (drafts excepted) and their statuses. */
    public record Group(String code, String name, long total, Map<String, Long> byStatus) {
    }

    /** The intake backlog: waiting for a decision, how old, how many past the secretariat's due date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Intake(long waiting, long supplementRequested, long overdue, Instant oldestSubmittedAt,
            Long oldestAgeDays, List<Age> ages) {
    }

    /** How many waiting dossiers were submitted this many days ago (from–to, to null: or more). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Age(int fromDays, Integer toDays, long count) {
    }

    /** Scorecards: assigned, submitted, open, overdue; per council member. */
    public record Scoring(long assigned, long submitted, long open, long overdue, int percent,
            List<MemberScoring> members) {
    }

    /** One member's scoring. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberScoring(String username, String name, long assigned, long submitted, long open, long overdue,
            LocalDate nextDue) {
    }

    /** The council's votes on the shortlist against each dossier's quorum. */
    public record Votes(long shortlisted, long quorumMet, long votesCast, long votesNeeded, List<MemberVotes> members) {
    }

    /** One member's votes cast on the dossiers still in deliberation. */
    public record MemberVotes(String username, String name, long cast) {
    }

    /** Where the council's proposal to the chair stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProposalFacts(String status, Instant sentAt, String sentBy, Instant decidedAt, String comment) {
    }

    /** What keeps the campaign in its phase: a code, how many, and the sentence. */
    public record Blocker(String code, long count, String message) {
    }

    /** A council member's own figures: their scoring, its next due date, their votes still to cast. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Own(long assigned, long submitted, long open, long overdue, LocalDate nextDue, Long shortlisted,
            Long votesToCast) {
    }
}
