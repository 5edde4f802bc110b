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

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PREP_NOTE = Pattern.compile("<textarea[^>]*id=\"prepNoteForm:prepNote\"[^>]*>([^<]*)</textarea>");

    /** One person's browser, as a bare HTTP client with its own cookies. */
    private final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        Session signIn(String login) throws IOException, InterruptedException {
            String page = get("/login.xhtml").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("loginForm", "loginForm");
            form.put("loginForm:loginName", login);
            form.put("loginForm:password", DEMO_PASSWORD);
            form.put("loginForm:signIn", "");
            form.put("jakarta.faces.ViewState", viewState(page));
            HttpResponse<String> signedIn = post("/login.xhtml", form);
            assertFalse(signedIn.uri().getPath().endsWith("/login.xhtml"), "signed in as " + login);
            return this;
        }
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertTrue(matcher.find(), "the page has a view state");
        return matcher.group(1);
    }

    private static String prepNote(String reviewPage) {
        Matcher matcher = PREP_NOTE.matcher(reviewPage);
        assertTrue(matcher.find(), "the review page has the note box");
        return matcher.group(1);
    }

    private static Map<String, String> saveNote(String text, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("prepNoteForm", "prepNoteForm");
        form.put("prepNoteForm:prepNote", text);
        form.put("prepNoteForm:savePrepNote", "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    @Test
    void aPostWithoutItsSessionsViewStateIsRefusedAndChangesNothing() throws Exception {
        Session robin = new Session().signIn("robin");
        String caseload = robin.get("/therapist/caseload.xhtml").body();
        Matcher couple = Pattern.compile("couple\\.xhtml\\?id=(\\d+)\"[^>]*>Okonkwo").matcher(caseload);
        assertTrue(couple.find(), "Okonkwo & Lindqvist is on Dr. Vale's caseload");
        String review = "/therapist/couples/review.xhtml?couple=" + couple.group(1);

        String page = robin.get(review).body();
        String before = prepNote(page);
        String forged = "Forged " + UUID.randomUUID();

        robin.post(review, saveNote(forged, null));
        assertEquals(before, prepNote(robin.get(review).body()), "no view state: nothing saved");

        Session other = new Session().signIn("robin");
        String othersViewState = viewState(other.get(review).body());
        robin.post(review, saveNote(forged, othersViewState));
        assertEquals(before, prepNote(robin.get(review).body()), "another session's view state: nothing saved");

        Session anonymous = new Session();
        anonymous.post(review, saveNote(forged, viewState(page)));
        assertEquals(before, prepNote(robin.get(review).body()), "no session at all: nothing saved");

        String genuine = "Genuine " + UUID.randomUUID();
        robin.post(review, saveNote(genuine, viewState(robin.get(review).body())));
        assertEquals(genuine, prepNote(robin.get(review).body()), "the page's own view state in its own session works");
    }
}
