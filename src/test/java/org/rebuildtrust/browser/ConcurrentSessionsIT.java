package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sixteen signed-in sessions at once, reading their pages and saving: no page a person may see is ever answered
 * "not found", and every save the page confirmed is stored. (On Payara 6 the form mechanism's remembered sign-in lost
 * the caller's roles when requests overlapped, payara/Payara#6145: 2-8% of requests were refused before any of the
 * application's code ran. SessionFormAuthenticationMechanism passes the roles itself.)
 */
class ConcurrentSessionsIT extends BrowserTestSupport {

    private static final int ROUNDS = 12;
    private static final Pattern COUPLE_LINK = Pattern.compile("couple\\.xhtml\\?id=(\\d+)\"");

    /** One signed-in session and what it does each round; a therapist's session saves the note of a couple of its own. */
    private record Session(String name, HttpCaller caller, String page, String reviewOfOwnCouple) {
    }

    private static List<String> coupleIds(HttpCaller therapist) throws Exception {
        Matcher links = COUPLE_LINK.matcher(therapist.get("/therapist/caseload.xhtml").body());
        List<String> ids = new ArrayList<>();
        while (links.find()) {
            if (!ids.contains(links.group(1))) {
                ids.add(links.group(1));
            }
        }
        return ids;
    }

    @Test
    void sixteenSessionsAtOnceAreNeverToldNotFoundAndEverySaveTheyWereShownIsStored() throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (String therapist : List.of("robin", "sam")) {
            List<String> couples = coupleIds(new HttpCaller(server).signIn(therapist, DEMO_PASSWORD));
            int count = therapist.equals("robin") ? 7 : 3;
            assertTrue(couples.size() >= count, therapist + "'s caseload: " + couples);
            for (int i = 0; i < count; i++) {
                sessions.add(new Session(therapist + "#" + i, new HttpCaller(server).signIn(therapist, DEMO_PASSWORD),
                        "/therapist/caseload.xhtml", "/therapist/couples/review.xhtml?couple=" + couples.get(i)));
            }
        }
        for (String partner : List.of("alex", "jordan", "casey", "riley", "quinn", "avery")) {
            sessions.add(new Session(partner, new HttpCaller(server).signIn(partner, DEMO_PASSWORD), "/portal/home.xhtml", null));
        }
        assertEquals(16, sessions.size());

        AtomicInteger requests = new AtomicInteger();
        List<String> wrong = new ArrayList<>();
        Map<Session, String> lastConfirmed = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Session session : sessions) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        check(session, session.page(), session.caller().get(session.page()), requests, wrong);
                        if (session.reviewOfOwnCouple() != null) {
                            HttpResponse<String> review = session.caller().get(session.reviewOfOwnCouple());
                            check(session, session.reviewOfOwnCouple(), review, requests, wrong);
                            String note = "Round " + round + " of " + session.name();
                            HttpResponse<String> saved = session.caller().post(session.reviewOfOwnCouple(), PrepNoteForm.save(
                                    note, HttpCaller.viewState(review.body()), HttpCaller.nonce(review.body())), false);
                            check(session, "save", saved, requests, wrong);
                            if (saved.body().contains("Your note is saved.")) {
                                lastConfirmed.put(session, note);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        System.out.println("[concurrent sessions] " + requests.get() + " requests from 16 sessions at once, wrong answers: " + wrong.size());
        assertEquals(List.of(), wrong, "no page a signed-in person may see is refused");
        assertEquals(10, lastConfirmed.size(), "every therapist session had saves confirmed");
        for (Map.Entry<Session, String> confirmed : lastConfirmed.entrySet()) {
            Session session = confirmed.getKey();
            assertEquals(confirmed.getValue(), PrepNoteForm.noteOn(session.caller().get(session.reviewOfOwnCouple()).body()),
                    "the last save " + session.name() + " was shown as saved is stored");
        }
    }

    private static void check(Session session, String what, HttpResponse<String> response, AtomicInteger requests, List<String> wrong) {
        requests.incrementAndGet();
        if (response.statusCode() != 200 || response.body().contains("This page does not exist")) {
            synchronized (wrong) {
                wrong.add(session.name() + " " + what + ": HTTP " + response.statusCode());
            }
        }
    }
}
