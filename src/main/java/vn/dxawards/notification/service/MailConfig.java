package vn.dxawards.notification.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox is sent (docs/configuration.md). */
@ConfigMapping(prefix = "dx.mail")
public interface MailConfig {

    /** Whether this node sends the outbox (every node may: rows are claimed with skip-locked). */
    @WithDefault("true")
    boolean senderEnabled();

    /** How often the sender looks for messages that are due ({@code @Scheduled} reads it). */
    @WithDefault("5s")
    String pollInterval();

    /** The pause after start before the first round. */
    @WithDefault("5s")
    String pollDelay();

    /** Messages sent per round of the sender, each in its own transaction. */
    @WithDefault("50")
    int batchSize();

    /**
     * The sender steps aside while this many requests or more are being answered: it sends one
     * message a round instead of a batch, so that a rush of people is not slowed by their receipts.
     */
    @WithDefault("12")
    int busyRequests();

    /**
     * The most e-mails a second this node sends ({@code 0}: no limit). Sending is background work:
     * a backlog of receipts rendered back to back took a core from the people using the application
     * (and mail relays limit senders too). Spaced, 3,000 receipts still go out in ten minutes.
     */
    @WithDefault("5")
    double maxRate();

    /** Attempts before a message is given up (FAILED, kept for the operators). */
    @WithDefault("8")
    int maxAttempts();

    /** Pause after the first failed attempt; doubled after each further one. */
    @WithDefault("30s")
    Duration retryDelay();

    /** The longest pause between attempts. */
    @WithDefault("1h")
    Duration maxRetryDelay();
}
