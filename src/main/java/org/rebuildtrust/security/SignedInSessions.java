package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions each account is signed in with on this server, so that deactivating an account or resetting its
 * password ends them at once, and the sign-in time of each, for the absolute lifetime (rebuild.session.max-minutes,
 * default 720 = 12 hours; minutes so that a test server can use a short one) after which a session ends however
 * active it is.
 */
@ApplicationScoped
public class SignedInSessions {

    static final String SIGNED_IN_AT = "rebuild.signedInAt";

    @Inject
    @ConfigProperty(name = "rebuild.session.max-minutes", defaultValue = "720")
    int maxMinutes;

    @Inject
    Clock clock;

    private final Map<Long, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    public void signedIn(long accountId, HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, clock.instant());
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends every session of the account on this server; returns how many there were. */
    public int endAllOf(long accountId) {
        Set<HttpSession> sessions = byAccount.remove(accountId);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // it timed out meanwhile
            }
        }
        return ended;
    }

    /** Ends every session of the account except the one it is using now (after it changed its password). */
    public void endOthersOf(long accountId, HttpSession keep) {
        Set<HttpSession> sessions = byAccount.getOrDefault(accountId, Set.of());
        for (HttpSession session : List.copyOf(sessions)) {
            if (!session.getId().equals(keep.getId())) {
                sessions.remove(session);
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // it timed out meanwhile
                }
            }
        }
    }

    /** Whether a signed-in session has outlived the absolute lifetime. */
    public boolean isPastLifetime(HttpSession session) {
        Object signedInAt = session.getAttribute(SIGNED_IN_AT);
        return signedInAt instanceof Instant at && at.plus(Duration.ofMinutes(maxMinutes)).isBefore(clock.instant());
    }

    void forget(HttpSession session) {
        byAccount.values().forEach(sessions -> sessions.remove(session));
    }
}
