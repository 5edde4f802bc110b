package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-site request forgery, tried at the HTTP level: a state-changing POST without the page's view state, or with
 * a view state from another session, is refused and changes nothing. The same POST with its own session's view
 * state works, which shows the refusals are the defence and not a broken request.
 */
class ForgedRequestIT extends BrowserTestSupport {

    /** The address of the demo couple Okonkwo & Lindqvist's review, on robin's caseload. */
    private static String okonkwoReview(HttpCaller robin) throws Exception {
        return "/therapist/couples/review.xhtml?couple=" + robin.coupleIdOnCaseload("Okonkwo");
    }

    private static String prepNote(String reviewPage) {
        return PrepNoteForm.noteOn(reviewPage);
    }

    private static Map<String, String> saveNote(String text, String viewState) {
        return PrepNoteForm.save(text, viewState, null);
    }

    private static Map<String, String> saveNote(String text, String viewState, String nonce) {
        return PrepNoteForm.save(text, viewState, nonce);
    }

    /**
     * The sign-in form can be posted to an instance that never drew it (its view is built anew there), so a sign-in
     * posted from another site is refused on the browser's word (Origin, Sec-Fetch-Site): nobody can sign a person's
     * browser into an account of the forger's and read what the person types there.
     */
    @Test
    void aSignInFormPostedFromAnotherSiteIsRefusedAndSignsNobodyIn() throws Exception {
        for (String[] crossSite : new String[][]{{"Origin", "http://attacker.example"}, {"Sec-Fetch-Site", "cross-site"},
                {"Sec-Fetch-Site", "same-site"}}) {
            HttpResponse<String> answer = new HttpCaller(server).sendSignIn("robin", DEMO_PASSWORD, crossSite);
            assertEquals(403, answer.statusCode(), String.join(": ", crossSite));
            assertTrue(answer.body().contains("This request was refused"), answer.body());
        }
        HttpResponse<String> sameSite = new HttpCaller(server).sendSignIn("robin", DEMO_PASSWORD,
                "Origin", server.url("").replaceAll("/$", ""), "Sec-Fetch-Site", "same-origin");
        assertEquals("/therapist/caseload.xhtml", sameSite.uri().getPath(), "the form of this site signs in");
    }

    @Test
    void aPostWithoutItsSessionsViewStateIsRefusedAndChangesNothing() throws Exception {
        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        String review = okonkwoReview(robin);

        String page = robin.get(review).body();
        String before = prepNote(page);
        String forged = "Forged " + UUID.randomUUID();

        robin.post(review, saveNote(forged, null), false);
        assertEquals(before, prepNote(robin.get(review).body()), "no view state: nothing saved");

        HttpCaller other = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        String othersViewState = HttpCaller.viewState(other.get(review).body());
        robin.post(review, saveNote(forged, othersViewState), false);
        assertEquals(before, prepNote(robin.get(review).body()), "another session's view state: nothing saved");

        HttpCaller anonymous = new HttpCaller(server);
        anonymous.post(review, saveNote(forged, HttpCaller.viewState(page)), false);
        assertEquals(before, prepNote(robin.get(review).body()), "no session at all: nothing saved");

        String genuine = "Genuine " + UUID.randomUUID();
        String fresh = robin.get(review).body();
        robin.post(review, saveNote(genuine, HttpCaller.viewState(fresh), HttpCaller.nonce(fresh)), false);
        assertEquals(genuine, prepNote(robin.get(review).body()), "the page's own view state in its own session works");
    }

    /**
     * A write sent by AJAX with the page's view state but without its CSP nonce, or with a nonce this session was never
     * given, is refused with 400 before it runs; with the nonce of another of the caller's own pages it is refused as
     * expired. The note stays as it was each time, and only the genuine request saves. Each refusal is one short line
     * in the log, never a stack.
     */
    @Test
    void anAjaxWriteWithoutItsOwnNonceIsRefusedBeforeItRunsAndChangesNothing() throws Exception {
        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        String review = okonkwoReview(robin);
        String page = robin.get(review).body();
        String before = prepNote(page);
        String viewState = HttpCaller.viewState(page);
        String forged = "Forged " + UUID.randomUUID();
        long logBefore = java.nio.file.Files.size(server.log());

        java.net.http.HttpResponse<String> noNonce = robin.post(review, PrepNoteForm.saveByAjax(forged, viewState, null), true);
        assertEquals(400, noNonce.statusCode(), "no nonce: refused as a bad request");
        assertEquals(before, prepNote(robin.get(review).body()), "no nonce: nothing saved");

        String strangersNonce = HttpCaller.nonce(new HttpCaller(server).get("/login.xhtml").body());
        java.net.http.HttpResponse<String> foreign = robin.post(review, PrepNoteForm.saveByAjax(forged, viewState, strangersNonce), true);
        assertEquals(400, foreign.statusCode(), "a nonce this session was never given: refused");
        assertEquals(before, prepNote(robin.get(review).body()), "a foreign nonce: nothing saved");

        String ownOtherNonce = HttpCaller.nonce(robin.get("/therapist/caseload.xhtml").body());
        java.net.http.HttpResponse<String> mixed = robin.post(review, PrepNoteForm.saveByAjax(forged, viewState, ownOtherNonce), true);
        assertTrue(mixed.statusCode() < 500 && mixed.body().contains("id=\"expired\""),
                "the nonce of another of one's own pages: refused as expired, " + mixed.statusCode());
        assertEquals(before, prepNote(robin.get(review).body()), "another page's nonce: nothing saved");

        String logged = readLogFrom(logBefore);
        assertFalse(logged.contains("\tat "), "no stack trace in the log:\n" + logged);
        assertTrue(logged.length() < 4000, "a few short lines, not " + logged.length() + " characters");

        String genuine = "Genuine " + UUID.randomUUID();
        String fresh = robin.get(review).body();
        java.net.http.HttpResponse<String> saved = robin.post(review,
                PrepNoteForm.saveByAjax(genuine, HttpCaller.viewState(fresh), HttpCaller.nonce(fresh)), true);
        assertEquals(200, saved.statusCode());
        assertEquals(genuine, prepNote(robin.get(review).body()), "the page's own request saves");
    }

    /**
     * Issue 16 (memory): a session keeps the views of its ten most recently used pages, not the library's default of
     * fifteen (each with fifteen states). A page left behind eleven newer ones answers its next save as expired, with
     * the page that says so and nothing saved; the page opened again saves.
     */
    @Test
    void aPageLeftBehindTenNewerOnesIsExpiredAndSavesNothingAndOpenedAgainItSaves() throws Exception {
        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        String review = okonkwoReview(robin);
        String oldPage = robin.get(review).body();
        String before = prepNote(oldPage);
        for (int i = 0; i < 11; i++) {
            robin.get("/therapist/caseload.xhtml");
        }
        String late = "Late " + UUID.randomUUID();
        java.net.http.HttpResponse<String> expired = robin.post(review,
                PrepNoteForm.saveByAjax(late, HttpCaller.viewState(oldPage), HttpCaller.nonce(oldPage)), true);
        assertTrue(expired.statusCode() < 500 && expired.body().contains("id=\"expired\""),
                "the page behind eleven newer ones: expired, " + expired.statusCode());
        assertEquals(before, prepNote(robin.get(review).body()), "nothing saved");

        String fresh = robin.get(review).body();
        for (int i = 0; i < 9; i++) {
            robin.get("/therapist/caseload.xhtml");
        }
        java.net.http.HttpResponse<String> saved = robin.post(review,
                PrepNoteForm.saveByAjax(late, HttpCaller.viewState(fresh), HttpCaller.nonce(fresh)), true);
        assertEquals(200, saved.statusCode());
        assertFalse(saved.body().contains("id=\"expired\""), "nine newer pages: still there");
        assertEquals(late, prepNote(robin.get(review).body()), "opened again, it saves");
    }

    /**
     * A record that is not there (or not the caller's) is answered 404 with the not-found page, the log gets one
     * line naming the kind of record and its id, without a stack trace, and the audit trail a refused try.
     */
    @Test
    void aRecordNotFoundIsOneLineInTheLogWithoutAStack() throws Exception {
        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        long logBefore = java.nio.file.Files.size(server.log());
        long id = 900_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextInt(99_999_999);
        java.net.http.HttpResponse<String> missing = robin.get("/therapist/couples/couple.xhtml?id=" + id);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("id=\"notFound\""), "the not-found page");

        String line = "Not found: Couple " + id;
        String logged = awaitLog(logBefore, line);
        assertEquals(1, logged.split(java.util.regex.Pattern.quote(line), -1).length - 1, "one line:\n" + logged);
        assertFalse(logged.contains("\tat ") || logged.contains("Exception"), "no stack trace:\n" + logged);
        assertTrue(logged.length() < 1000, "one short entry, not " + logged.length() + " characters:\n" + logged);

        String trail = new HttpCaller(server).signIn("admin", DEMO_PASSWORD).get("/admin/audit.xhtml").body();
        assertTrue(trail.contains("Refused (not found)") && trail.contains("not found: Couple " + id), trail);
    }

    private String readLogFrom(long offset) throws IOException {
        byte[] all = java.nio.file.Files.readAllBytes(server.log());
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
    }

    /** The log written since the offset, once it holds the text (the server writes its log a moment later). */
    private String awaitLog(long offset, String text) throws IOException, InterruptedException {
        String logged = readLogFrom(offset);
        for (int i = 0; i < 50 && !logged.contains(text); i++) {
            Thread.sleep(100);
            logged = readLogFrom(offset);
        }
        Thread.sleep(500); // anything else this request wrote
        return readLogFrom(offset);
    }
}
