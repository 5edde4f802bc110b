package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page receives is checked before it is used: form values changed in the browser get a message at their field
 * and change nothing, a body over the limit gets a page saying so (413), a session id in the address is refused, and
 * the server's metrics are for this host and the admin only.
 */
class RequestLimitsIT extends BrowserTestSupport {

    private static void tamper(Browser browser, String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    @Test
    void tamperedChoicesAndNumbersGetAMessageAtTheirFieldAndGiveNoHomework() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Tampered");
        String assign = "/therapist/couples/assign.xhtml?couple=" + couple.page().replaceAll(".*[?&]id=(\\d+).*", "$1");
        LocalDate due = LocalDate.now().plusDays(9);

        robin.open(assign);
        robin.choose("assignForm:template", "Weekly check-in (Check-in)");
        robin.type("assignForm:dueDate", due.toString());
        tamper(robin, "document.getElementById('assignForm:everyDays_hinput').value = '12abc';");
        robin.clickAjax("assignForm:assign");
        assertTrue(robin.byId("assignForm:everyDays").findElement(By.xpath("..")).getText().contains("Enter a number."),
                "the message at the field: " + robin.pageText());
        assertFalse(robin.pageText().contains("Something went wrong"), "no server error");

        robin.open(assign);
        robin.choose("assignForm:template", "Weekly check-in (Check-in)");
        robin.type("assignForm:dueDate", due.toString());
        tamper(robin, "document.querySelector(\"input[name='assignForm:partner']:checked\").value = '';");
        robin.clickAjax("assignForm:assign");
        assertTrue(robin.pageText().contains("Choose who answers: each partner, one of them, or both together."),
                robin.pageText());

        robin.open(assign);
        robin.choose("assignForm:template", "Weekly check-in (Check-in)");
        robin.type("assignForm:dueDate", due.toString());
        tamper(robin, "document.querySelector(\"input[name='assignForm:partner']:checked\").value = '999999';");
        robin.clickAjax("assignForm:assign");
        assertTrue(robin.pageText().contains("Choose one of the listed options for Who answers."), robin.pageText());

        robin.open(couple.page());
        assertTrue(robin.byId("homework").getText().contains("No homework yet."), "nothing was given: "
                + robin.byId("homework").getText());
    }

    @Test
    void aBodyOverTheLimitGetsAPageSayingSoAndChangesNothing() throws Exception {
        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        String review = "/therapist/couples/review.xhtml?couple=" + robin.coupleIdOnCaseload("Okonkwo");
        String page = robin.get(review).body();
        String before = PrepNoteForm.noteOn(page);

        String huge = "x".repeat(3 * 1024 * 1024);
        HttpResponse<String> answer = robin.post(review,
                PrepNoteForm.save(huge, HttpCaller.viewState(page), HttpCaller.nonce(page)), false);
        assertEquals(413, answer.statusCode());
        assertTrue(answer.body().contains("Too much to send at once"), answer.body());
        assertEquals(before, PrepNoteForm.noteOn(robin.get(review).body()), "nothing saved");
    }

    @Test
    void aSessionIdInTheAddressIsRefusedWhoeverSendsIt() throws Exception {
        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        robin.coupleIdOnCaseload("Okonkwo"); // robin's own session works
        String sessionId = robin.sessionId();
        assertTrue(sessionId != null && !sessionId.isEmpty());

        HttpResponse<String> stranger = new HttpCaller(server).get("/therapist/caseload.xhtml;jsessionid=" + sessionId);
        assertEquals(404, stranger.statusCode(), "a stranger with robin's session id in the address");
        assertFalse(stranger.body().contains("Okonkwo"), "no caseload for the stranger");

        robin.coupleIdOnCaseload("Okonkwo"); // the session itself is intact
    }

    @Test
    void metricsAreForThisHostAndTheAdminOnly() throws Exception {
        String throughProxy = "203.0.113." + (1 + Math.abs(UUID.randomUUID().hashCode() % 200));
        HttpResponse<String> stranger = new HttpCaller(server).get("/metrics", "X-Forwarded-For", throughProxy);
        assertEquals(404, stranger.statusCode(), "anyone through the proxy");
        assertFalse(stranger.body().contains("# TYPE"));
        assertEquals(404, new HttpCaller(server).get("/metrics/base", "X-Forwarded-For", throughProxy).statusCode());

        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        assertEquals(404, robin.get("/metrics", "X-Forwarded-For", throughProxy).statusCode(), "a therapist");

        HttpCaller admin = new HttpCaller(server).signIn("admin", DEMO_PASSWORD);
        HttpResponse<String> adminsView = admin.get("/metrics", "X-Forwarded-For", throughProxy);
        assertEquals(200, adminsView.statusCode(), "the admin");
        assertTrue(adminsView.body().contains("# TYPE"), "the metrics themselves");

        HttpResponse<String> onThisHost = new HttpCaller(server).get("/metrics");
        assertEquals(200, onThisHost.statusCode(), "an operator on this host, not through the proxy");
    }

    /**
     * Issue 15: the application's own metrics, as an operator's scraper reads them: requests and their time per page
     * (without ids), and the audit trail's appends. A made-up address is counted as not-found, not as a page of its own.
     */
    @Test
    void requestsPerPageAndAuditAppendsAreMeasured() throws Exception {
        String madeUp = "/made-up-" + UUID.randomUUID() + ".xhtml";
        long before = pageRequests(metrics(), "/login.xhtml", "GET");
        HttpCaller visitor = new HttpCaller(server);
        for (int i = 0; i < 3; i++) {
            visitor.get("/login.xhtml?ended=idle");
        }
        visitor.get(madeUp);
        HttpCaller robin = new HttpCaller(server).signIn("robin", DEMO_PASSWORD); // audited
        robin.get("/therapist/caseload.xhtml");

        String after = metrics();
        assertTrue(pageRequests(after, "/login.xhtml", "GET") >= before + 3, after);
        assertTrue(pageRequests(after, "/therapist/caseload.xhtml", "GET") >= 1, "a page behind sign-in");
        assertTrue(pageRequests(after, "not-found", "GET") >= 1, "the made-up address, under not-found");
        assertFalse(after.contains(madeUp), "never under its own name");
        assertFalse(after.contains("ended=idle"), "no query in a metric");
        assertTrue(HttpCaller.metric(after, "rebuild_audit_appends_total") >= 1, "the sign-in's audit entry: " + after);
    }

    private String metrics() throws Exception {
        return new HttpCaller(server).get("/metrics?scope=application").body();
    }

    /** The count of a page's requests in the Prometheus text, 0 when it has none yet. */
    private static long pageRequests(String metrics, String page, String method) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^rebuild_page_requests_seconds_count\\{([^}]*)} ([0-9.]+)")
                .matcher(metrics);
        while (line.find()) {
            if (line.group(1).contains("page=\"" + page + "\"") && line.group(1).contains("method=\"" + method + "\"")) {
                return (long) Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
