package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions each account is signed in with on this server, so that deactivating an account or resetting its
 * password ends them at once, and the sign-in time of each, for the absolute lifetime ({@link SessionTimes#lifetime()},
 * 12 hours unless configured) after which a session ends however active it is.
 */
@ApplicationScoped
public class SignedInSessions {

    static final String SIGNED_IN_AT = "rebuild.signedInAt";

    @Inject
    SessionTimes times;

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
        return signedInAt instanceof Instant at && at.plus(times.lifetime()).isBefore(clock.instant());
    }

    void forget(HttpSession session) {
        byAccount.values().forEach(sessions -> sessions.remove(session));
    }
}
