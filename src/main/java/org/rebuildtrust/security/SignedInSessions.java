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
 * Which signed-in sessions are still valid. Each session remembers its sign-in time, for the absolute lifetime
 * ({@link SessionTimes#lifetime()}, 12 hours unless configured) after which it ends however active it is, and the
 * account's session generation at sign-in: a new password or a deactivation raises the account's generation in the
 * database, so every instance of the application ends the account's older sessions at their next request. The
 * sessions on this instance are also kept per account and ended at once.
 */
@ApplicationScoped
public class SignedInSessions {

    static final String SIGNED_IN_AT = "rebuild.signedInAt";
    static final String GENERATION = "rebuild.sessionGeneration";

    @Inject
    SessionTimes times;

    @Inject
    Clock clock;

    private final Map<Long, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    /** A session has just been signed in to the account, whose session generation was read with its password. */
    public void signedIn(long accountId, int sessionGeneration, HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, clock.instant());
        session.setAttribute(GENERATION, sessionGeneration);
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /**
     * Ends every session of the account on this instance; returns how many there were. Call it after the account's
     * generation was raised: the sessions on other instances end at their next request.
     */
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

    /**
     * Ends every session of the account except the one it is using now, after it changed its password: that session
     * adopts the account's new generation, the others (here at once, elsewhere at their next request) do not.
     */
    public void endOthersOf(long accountId, HttpSession keep, int newGeneration) {
        keep.setAttribute(GENERATION, newGeneration);
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

    /**
     * Whether a signed-in session was ended by a change to its account (on any instance): it was signed in under another
     * generation than the account's now, or the account is no longer enabled ({@code accountGeneration} is then
     * {@link CurrentActor#NO_GENERATION}).
     */
    public boolean isEndedByAccountChange(HttpSession session, int accountGeneration) {
        return !(session.getAttribute(GENERATION) instanceof Integer signedInUnder) || signedInUnder != accountGeneration;
    }

    void forget(HttpSession session) {
        byAccount.values().forEach(sessions -> sessions.remove(session));
    }
}
