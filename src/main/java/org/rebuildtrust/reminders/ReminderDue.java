package org.rebuildtrust.reminders;

import java.time.Instant;

/**
 * A reminder that should exist: its key (kind, subject, occasion, recipient) makes it once-only, whoever finds it due
 * and however often. {@code detail} carries the digest's three counts ("waiting,flagged,unsigned"), nothing else.
 */
public record ReminderDue(ReminderKind kind, long subjectId, String occasion, long recipientAccountId,
                          String recipientAddress, String language, Instant dueAt, String detail) {
}
