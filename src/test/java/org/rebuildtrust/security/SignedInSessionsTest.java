package org.rebuildtrust.security;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.rebuildtrust.shared.MovableClock;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The absolute session lifetime and the ending of an account's sessions, with sessions that record what happens to them. */
class SignedInSessionsTest {

    /** A session that keeps attributes and remembers whether it was invalidated. */
    private static final class RecordingSession {
        final Map<String, Object> attributes = new HashMap<>();
        final String id;
        boolean invalidated;
        final HttpSession session;

        RecordingSession(String id) {
            this.id = id;
            this.session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[]{HttpSession.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "getId" -> id;
                        case "invalidate" -> {
                            invalidated = true;
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                    });
        }
    }

    private static SignedInSessions sessions(MovableClock clock) {
        SignedInSessions sessions = new SignedInSessions();
        sessions.clock = clock;
        sessions.times = SessionTimes.of(Duration.ofMinutes(30), Duration.ofHours(12));
        return sessions;
    }

    @Test
    void aSignedInSessionEndsTwelveHoursAfterSignInHoweverActive() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T08:00:00Z"));
        SignedInSessions sessions = sessions(clock);
        RecordingSession laptop = new RecordingSession("laptop");
        sessions.signedIn(7, 0, laptop.session);
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertFalse(sessions.isPastLifetime(laptop.session));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(sessions.isPastLifetime(laptop.session));
        assertFalse(sessions.isPastLifetime(new RecordingSession("anonymous").session), "only signed-in sessions");
    }

    @Test
    void endingAnAccountsSessionsLeavesOtherAccountsAndOptionallyTheCurrentOne() {
        SignedInSessions sessions = sessions(new MovableClock(Instant.parse("2026-11-27T08:00:00Z")));
        RecordingSession laptop = new RecordingSession("laptop");
        RecordingSession phone = new RecordingSession("phone");
        RecordingSession someoneElse = new RecordingSession("other");
        sessions.signedIn(7, 3, laptop.session);
        sessions.signedIn(7, 3, phone.session);
        sessions.signedIn(8, 0, someoneElse.session);

        sessions.endOthersOf(7, laptop.session, 4);
        assertFalse(laptop.invalidated, "the session that changed the password goes on");
        assertTrue(phone.invalidated);
        assertEquals(1, sessions.endAllOf(7), "then deactivation ends the rest");
        assertTrue(laptop.invalidated);
        assertFalse(someoneElse.invalidated);
    }

    /** What another instance decides at a session's next request, from the account's generation in the database. */
    @Test
    void aSessionSignedInUnderAnOlderGenerationOrOfADisabledAccountIsEnded() {
        SignedInSessions sessions = sessions(new MovableClock(Instant.parse("2026-11-27T08:00:00Z")));
        RecordingSession laptop = new RecordingSession("laptop");
        RecordingSession phone = new RecordingSession("phone");
        sessions.signedIn(7, 3, laptop.session);
        sessions.signedIn(7, 3, phone.session);
        assertFalse(sessions.isEndedByAccountChange(laptop.session, 3), "nothing changed");

        sessions.endOthersOf(7, laptop.session, 4);
        assertFalse(sessions.isEndedByAccountChange(laptop.session, 4), "the session that changed the password");
        assertTrue(sessions.isEndedByAccountChange(phone.session, 4), "signed in with the old password");
        assertTrue(sessions.isEndedByAccountChange(laptop.session, CurrentActor.NO_GENERATION), "account disabled or gone");
        assertTrue(sessions.isEndedByAccountChange(new RecordingSession("unknown").session, 0),
                "a session that never recorded a sign-in here is not trusted");
    }
}
