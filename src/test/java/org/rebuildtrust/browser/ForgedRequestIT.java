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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static String prepNote(String reviewPage) {
        return PrepNoteForm.noteOn(reviewPage);
    }

    private static Map<String, String> saveNote(String text, String viewState) {
        return PrepNoteForm.save(text, viewState, null);
    }

    private static Map<String, String> saveNote(String text, String viewState, String nonce) {
        return PrepNoteForm.save(text, viewState, nonce);
    }

    @Test
    void aPostWithoutItsSessionsViewStateIsRefusedAndChangesNothing() throws Exception {
        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        String caseload = robin.get("/therapist/caseload.xhtml").body();
        Matcher couple = Pattern.compile("couple\\.xhtml\\?id=(\\d+)\"[^>]*>Okonkwo").matcher(caseload);
        assertTrue(couple.find(), "Okonkwo & Lindqvist is on Dr. Vale's caseload");
        String review = "/therapist/couples/review.xhtml?couple=" + couple.group(1);

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
}
