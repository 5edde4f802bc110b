package org.rebuildtrust.reminders;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the admin's outbox: to whom, what kind, for when, and where it stands. No content: there is none stored.
 * A class with getters rather than a record: Jakarta EL 5 does not read record components as properties.
 */
public final class OutboxEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final ReminderKind kind;
    private final String recipientAddress;
    private final Instant dueAt;
    private final String status;
    private final int attempts;
    private final Instant queuedAt;
    private final Instant sentAt;
    private final Instant nextAttemptAt;
    private final String lastFailure;

    public OutboxEntry(long id, ReminderKind kind, String recipientAddress, Instant dueAt, String status, int attempts,
                       Instant queuedAt, Instant sentAt, Instant nextAttemptAt, String lastFailure) {
        this.id = id;
        this.kind = kind;
        this.recipientAddress = recipientAddress;
        this.dueAt = dueAt;
        this.status = status;
        this.attempts = attempts;
        this.queuedAt = queuedAt;
        this.sentAt = sentAt;
        this.nextAttemptAt = nextAttemptAt;
        this.lastFailure = lastFailure;
    }

    public long getId() {
        return id;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastFailure() {
        return lastFailure;
    }
}
