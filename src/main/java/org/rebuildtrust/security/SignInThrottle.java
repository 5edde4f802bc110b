package org.rebuildtrust.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.rebuildtrust.shared.BaseEntity;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one subject (a login name, or a client address) and until when it must wait. After the free
 * failures each further failure doubles the wait; a day without failures forgets them.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(24);
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    @Column(nullable = false, length = 200, unique = true)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SignInThrottle() {
        // for JPA
    }

    SignInThrottle(String subject) {
        this.subject = subject;
    }

    /** Counts a failure; from the {@code freeFailures}-th on, the subject waits 1, 2, 4, ... minutes (at most a day). */
    void fail(Instant now, int freeFailures) {
        if (lastFailureAt != null && lastFailureAt.plus(FORGET_AFTER).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= freeFailures) {
            int doublings = Math.min(failures - freeFailures, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            blockedUntil = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    boolean isBlocked(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
