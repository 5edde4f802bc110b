package org.rebuildtrust.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core's WCAG 2.0 and 2.1 level A and AA rules on the pages of the access matrix, as the kind of person who uses
 * each (a visitor, the admin, a therapist, a partner): no violation of any impact, so the first new one fails this
 * test. There is no known exception (docs/accessibility.md).
 */
class AccessibilityIT extends BrowserTestSupport {

    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> violations = new ArrayList<>();

    private void check(Browser browser, String page) {
        browser.open(page);
        for (Rule rule : new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(browser.driver()).getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
                        + " — " + rule.getHelp());
            }
        }
    }

    @Test
    void everyPageOfEachRoleHasNoWcagAOrAaViolation() throws Exception {
        HttpCaller robinByHttp = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        String couple = robinByHttp.coupleIdOnCaseload("Rivera");
        String assignment = HttpCaller.first(Pattern.compile("assignment\\.xhtml\\?id=(\\d+)"),
                robinByHttp.get("/therapist/couples/couple.xhtml?id=" + couple).body());
        String answer = HttpCaller.first(Pattern.compile("answer\\.xhtml\\?id=(\\d+)"),
                new HttpCaller(server).signIn("alex", DEMO_PASSWORD).get("/portal/home.xhtml").body());

        Browser visitor = newBrowser();
        for (String page : List.of("/login.xhtml", "/welcome.xhtml?token=not-a-real-invitation", "/forgot.xhtml",
                "/reset.xhtml?token=not-a-real-link")) {
            check(visitor, page);
        }
        Browser admin = signedIn("admin", DEMO_PASSWORD);
        for (String page : List.of("/admin/therapists.xhtml", "/admin/accounts.xhtml", "/admin/audit.xhtml",
                "/account/password.xhtml", "/account/two-factor.xhtml")) {
            check(admin, page);
        }
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        for (String page : List.of("/therapist/caseload.xhtml", "/therapist/couples/new.xhtml",
                "/therapist/couples/couple.xhtml?id=" + couple, "/therapist/couples/review.xhtml?couple=" + couple,
                "/therapist/couples/accountability.xhtml?couple=" + couple, "/therapist/couples/report.xhtml?couple=" + couple,
                "/therapist/couples/assign.xhtml?couple=" + couple, "/therapist/couples/assignment.xhtml?id=" + assignment,
                "/therapist/library/index.xhtml", "/therapist/library/template.xhtml", "/therapist/library/program.xhtml",
                "/therapist/library/preview.xhtml?id=1")) {
            check(robin, page);
        }
        Browser alex = signedIn("alex", DEMO_PASSWORD);
        for (String page : List.of("/portal/home.xhtml", "/portal/checkin.xhtml", "/portal/milestones.xhtml",
                "/portal/accountability.xhtml", "/portal/report.xhtml", "/portal/answer.xhtml?id=" + answer)) {
            check(alex, page);
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }
}
