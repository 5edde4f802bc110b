package org.rebuildtrust.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.rebuildtrust.shared.BaseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins of one subject (a login name tried from one client address, or a client address whatever the login)
 * and until when it must wait. After the free failures each further failure doubles the wait, up to
 * {@link #LONGEST_WAIT}; a day without failures forgets them.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    /** Long enough to make guessing slow, short enough that nobody is shut out for long by mistake. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    @Column(nullable = false, length = 200, unique = true)
    private String subject;

    /** The login of a login-and-address subject (normalized), null for an address's own count. */
    @Column(name = "login_name", length = 120)
    private String loginName;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SignInThrottle() {
        // for JPA
    }

    SignInThrottle(String subject, String loginName) {
        this.subject = subject;
        this.loginName = loginName;
    }

    /** Counts a failure; from the {@code freeFailures}-th on, the subject waits 1, 2, 4, 8, then 15 minutes. */
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

    /** How long the subject must still wait, if it must. */
    Optional<Duration> remainingWait(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now)
                ? Optional.of(Duration.between(now, blockedUntil)) : Optional.empty();
    }

    public String getSubject() {
        return subject;
    }

    public String getLoginName() {
        return loginName;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
