package vn.dxawards.notification.service;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

/**
 * The outbox of a node that dies right after writing a notification, the given number of times:
 * the fault a retried job is about, which a test cannot cause otherwise. Writes for real.
 */
public class FailingOutbox extends Outbox {

    private final String keyPrefix;
    private final AtomicInteger failuresLeft;

    /** Fails after writing a notification whose key starts with {@code keyPrefix}, {@code failures} times. */
    public FailingOutbox(EntityManager em, String keyPrefix, int failures) {
        this.em = em;
        this.keyPrefix = keyPrefix;
        this.failuresLeft = new AtomicInteger(failures);
    }

    @Override
    public boolean enqueue(Notification notification) {
        boolean written = super.enqueue(notification);
        if (notification.key().startsWith(keyPrefix) && failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("the node failed after writing " + notification.key());
        }
        return written;
    }
}
