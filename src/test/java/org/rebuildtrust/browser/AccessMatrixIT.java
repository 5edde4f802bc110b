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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, tried by every kind of caller, against one declared table. Rivera &amp; Chen (Dr. Vale's, "robin") is
 * the couple in question: Sam Okafor is another therapist, Alex and Jordan its partners, Casey a partner of another
 * couple. A page added to the application without a row here fails {@link #everyPageHasARow}.
 */
class AccessMatrixIT extends BrowserTestSupport {

    /** What a caller gets: the page, the not-found page (also for a wrong role), or the way to sign in. */
    enum Outcome { PAGE, NOT_FOUND, SIGN_IN }

    private static final Outcome P = Outcome.PAGE;
    private static final Outcome N = Outcome.NOT_FOUND;
    private static final Outcome S = Outcome.SIGN_IN;

    /** The callers, in the order of each row's outcomes. */
    private static final List<String> CALLERS = List.of("anonymous", "admin", "robin", "sam", "alex", "jordan", "casey");

    /**
     * The declared table: page (with {couple}, {assignment} and {alexsOwnAssignment} standing for Rivera &amp; Chen's
     * ids) → outcome for anonymous, admin, the couple's therapist, another therapist, partner A, partner B, and
     * another couple's partner.
     */
    private static final Map<String, List<Outcome>> MATRIX = new LinkedHashMap<>();

    static {
        row("/login.xhtml", P, P, P, P, P, P, P);
        row("/welcome.xhtml?token=not-a-real-invitation", P, P, P, P, P, P, P);
        row("/forgot.xhtml", P, P, P, P, P, P, P);
        row("/reset.xhtml?token=not-a-real-link", P, P, P, P, P, P, P);
        row("/account/password.xhtml", S, P, P, P, P, P, P);
        row("/account/two-factor.xhtml", S, P, P, P, P, P, P);
        row("/therapist/caseload.xhtml", S, P, P, P, N, N, N);
        row("/therapist/couples/new.xhtml", S, P, P, P, N, N, N);
        row("/therapist/couples/couple.xhtml?id={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/review.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/accountability.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/report.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/assign.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/assignment.xhtml?id={assignment}", S, P, P, N, N, N, N);
        row("/therapist/library/index.xhtml", S, P, P, P, N, N, N);
        row("/therapist/library/template.xhtml", S, P, P, P, N, N, N);
        row("/therapist/library/preview.xhtml?id=1", S, P, P, P, N, N, N);
        row("/portal/home.xhtml", S, N, N, N, P, P, P);
        row("/portal/checkin.xhtml", S, N, N, N, P, P, P);
        row("/portal/milestones.xhtml", S, N, N, N, P, P, P);
        row("/portal/accountability.xhtml", S, N, N, N, P, P, P);
        row("/portal/report.xhtml", S, N, N, N, P, P, P);
        row("/portal/answer.xhtml?id={alexsOwnAssignment}", S, N, N, N, P, N, N);
        row("/admin/therapists.xhtml", S, P, N, N, N, N, N);
        row("/admin/accounts.xhtml", S, P, N, N, N, N, N);
        row("/admin/audit.xhtml", S, P, N, N, N, N, N);
    }

    /** Pages that only send the caller elsewhere: not in the table, checked on their own. */
    private static final Set<String> REDIRECTS_ONLY = Set.of("/index.xhtml");

    private static void row(String page, Outcome... outcomes) {
        MATRIX.put(page, List.of(outcomes));
    }

    private final class Caller {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        Caller signIn(String login) throws IOException, InterruptedException {
            Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(get("/login.xhtml").body());
            assertTrue(viewState.find());
            String form = Stream.of("loginForm=loginForm", "loginForm:loginName=" + login,
                            "loginForm:password=" + DEMO_PASSWORD, "loginForm:signIn=",
                            "jakarta.faces.ViewState=" + viewState.group(1))
                    .map(pair -> pair.substring(0, pair.indexOf('=') + 1)
                            + URLEncoder.encode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url("/login.xhtml")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(!response.uri().getPath().endsWith("/login.xhtml"), "signed in as " + login);
            return this;
        }

        Outcome outcomeOf(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = get(path);
            if (response.uri().getPath().endsWith("/login.xhtml") && !path.startsWith("/login.xhtml")) {
                return Outcome.SIGN_IN;
            }
            if (response.statusCode() == 404 || response.body().contains("id=\"notFound\"")) {
                return Outcome.NOT_FOUND;
            }
            assertEquals(200, response.statusCode(), path);
            return Outcome.PAGE;
        }
    }

    private static String firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "expected " + regex);
        return matcher.group(1);
    }

    private static Set<String> allMatches(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyPageHasARow() throws IOException {
        Path webapp = Path.of("src", "main", "webapp");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> declared = MATRIX.keySet().stream().map(p -> p.contains("?") ? p.substring(0, p.indexOf('?')) : p)
                .collect(Collectors.toCollection(TreeSet::new));
        declared.addAll(REDIRECTS_ONLY);
        assertEquals(pages, declared, "every page needs a row in the access matrix");
    }

    @Test
    void eachCallerGetsExactlyWhatTheTableDeclares() throws Exception {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Caller());
        for (String login : CALLERS.subList(1, CALLERS.size())) {
            callers.put(login, new Caller().signIn(login));
        }
        String caseload = callers.get("robin").get("/therapist/caseload.xhtml").body();
        String couple = firstMatch(caseload, "couple\\.xhtml\\?id=(\\d+)\"[^>]*>Rivera");
        String assignment = firstMatch(callers.get("robin").get("/therapist/couples/couple.xhtml?id=" + couple).body(),
                "assignment\\.xhtml\\?id=(\\d+)");
        Set<String> alexs = allMatches(callers.get("alex").get("/portal/home.xhtml").body(), "answer\\.xhtml\\?id=(\\d+)");
        alexs.removeAll(allMatches(callers.get("jordan").get("/portal/home.xhtml").body(), "answer\\.xhtml\\?id=(\\d+)"));
        assertTrue(!alexs.isEmpty(), "the demo gives Alex homework of his own");
        String alexsOwn = alexs.iterator().next();

        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<Outcome>> row : MATRIX.entrySet()) {
            String path = row.getKey().replace("{couple}", couple).replace("{assignment}", assignment)
                    .replace("{alexsOwnAssignment}", alexsOwn);
            for (int i = 0; i < CALLERS.size(); i++) {
                Outcome actual = callers.get(CALLERS.get(i)).outcomeOf(path);
                if (actual != row.getValue().get(i)) {
                    mismatches.add(CALLERS.get(i) + " " + row.getKey() + ": declared " + row.getValue().get(i) + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), mismatches);

        assertEquals(Outcome.SIGN_IN, callers.get("anonymous").outcomeOf("/index.xhtml"));
        assertTrue(callers.get("robin").get("/index.xhtml").uri().getPath().endsWith("/therapist/caseload.xhtml"));
        assertTrue(callers.get("alex").get("/index.xhtml").uri().getPath().endsWith("/portal/home.xhtml"));
    }
}
