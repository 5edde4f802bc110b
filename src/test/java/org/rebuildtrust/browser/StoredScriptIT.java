package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored cross-site scripting: markup typed into free-text fields (by a therapist and by partners) is shown as the
 * text it is wherever it appears, and no script or event handler from it runs. The check looks at the DOM, not only
 * at the Content-Security-Policy, so escaping is proven on its own. Then none of what was typed may be in an address,
 * in browser storage or in the server log.
 */
@org.junit.jupiter.api.Order(4) // early: among the longest browser classes (see AccessibilityIT)
class StoredScriptIT extends BrowserTestSupport {

    /** Each payload, if it ran, would set window.__xss or add an element with the class "pwned". */
    private static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x class=pwned onerror=\"window.__xss=1\">",
            "\"><svg class=pwned onload=\"window.__xss=1\">",
            "'); window.__xss=1; ('",
            "{{7*7}} #{7*7} ${7*7}");

    private static String payload(int i, String marker) {
        return PAYLOADS.get(i % PAYLOADS.size()) + " " + marker;
    }

    private static void assertInert(Browser browser, String... markers) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertEquals(Boolean.FALSE, js.executeScript("return window.__xss === 1;"), "no script from the data ran");
        assertTrue(browser.all(By.cssSelector(".pwned")).isEmpty(), "no element from the data was created");
        String text = browser.pageText();
        for (String marker : markers) {
            assertTrue(text.contains(marker), () -> "the text is shown as typed: " + marker);
        }
    }

    @Test
    void markupTypedByTherapistsAndPartnersIsShownAsTextAndNeverRuns() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String label = payload(1, "label-" + run);
        String nameA = payload(0, "a-" + run);
        String summary = payload(2, "summary-" + run);

        Browser robin = signedIn("robin", DEMO_PASSWORD);
        robin.open("/therapist/couples/new.xhtml");
        robin.type("coupleForm:label", label.substring(0, Math.min(label.length(), 120)));
        robin.type("coupleForm:nameA", nameA.substring(0, Math.min(nameA.length(), 120)));
        robin.type("coupleForm:emailA", "xss-a@example.test");
        robin.type("coupleForm:nameB", payload(4, "b-" + run));
        robin.type("coupleForm:emailB", "xss-b@example.test");
        robin.type("coupleForm:summary", summary);
        robin.clickAndWaitForPage("coupleForm:create");
        assertInert(robin, "label-" + run, "a-" + run, "summary-" + run, "{{7*7}} #{7*7} ${7*7} b-" + run);
        robin.open("/therapist/caseload.xhtml");
        robin.type("caseloadForm:search", run);
        robin.waitUntil(d -> d.findElement(By.id("caseloadForm:couples")).getText().contains("label-" + run));
        assertInert(robin, "label-" + run, "a-" + run);

        OwnCouple couple = ownCouple(robin, "Script");
        Browser involved = signedIn(couple.loginA(), PARTNER_PASSWORD);
        involved.open("/portal/milestones.xhtml");
        involved.choose("milestoneForm:kind", "Something else");
        involved.type("milestoneForm:words", payload(1, "milestone-" + run));
        involved.clickAjax("milestoneForm:log");
        involved.open("/portal/accountability.xhtml");
        involved.choose("accountabilityForm:step", "Make amends");
        involved.type("accountabilityForm:text", payload(2, "action-" + run));
        involved.clickAjax("accountabilityForm:recordEvidence");
        assertInert(involved, "action-" + run);

        Browser hurt = signedIn(couple.loginB(), PARTNER_PASSWORD);
        hurt.open("/portal/milestones.xhtml");
        assertInert(hurt, "milestone-" + run);
        hurt.open("/portal/accountability.xhtml");
        assertInert(hurt, "action-" + run);

        openCouple(robin, couple);
        assertInert(robin, "milestone-" + run);
        robin.driver().findElement(By.cssSelector("#openReview a, a#openReview")).click();
        robin.waitForAjax();
        robin.type("prepNoteForm:prepNote", payload(3, "note-" + run));
        robin.clickAjax("prepNoteForm:savePrepNote");
        robin.driver().navigate().refresh();
        robin.waitForAjax();
        assertInert(robin, "milestone-" + run, "action-" + run);
        assertEquals(payload(3, "note-" + run), robin.valueOf("prepNoteForm:prepNote"), "kept exactly as typed");

        assertKeptOutOfAddressesStorageAndLog(run, robin, involved, hurt);
    }

    /**
     * A partner name that closes a script element and opens a redirecting meta element, on the review page whose
     * check-in charts carry both partners' names: the page stays where it is, no meta refresh exists, and every chart
     * shows the name as the text it is.
     */
    @Test
    void aNameThatClosesAScriptStaysTextOnTheReviewPageAndInEveryChart() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String name = "</script><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"> " + run;
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Chart");
        for (String login : List.of(couple.loginA(), couple.loginB())) {
            Browser partner = signedIn(login, PARTNER_PASSWORD);
            partner.open("/portal/checkin.xhtml");
            for (String dimension : List.of("trust", "safety", "connection", "communication")) {
                partner.driver().findElements(By.cssSelector("[id='checkInForm:" + dimension + "'] label")).get(5).click();
            }
            partner.clickAjax("checkInForm:save");
            assertTrue(partner.pageText().contains("Your check-in for this week is saved."), partner.pageText());
        }
        openCouple(robin, couple);
        robin.clickAjax("coupleForm:edit");
        robin.type("coupleForm:nameA", name);
        robin.clickAjax("coupleForm:save");
        assertTrue(robin.pageText().contains("Your changes were saved."), robin.pageText());
        assertInert(robin, name);

        robin.driver().findElement(By.cssSelector("#openReview a, a#openReview")).click();
        robin.waitForAjax();
        robin.waitUntil(d -> d.findElements(By.cssSelector("#charts canvas")).size() == 4);
        Thread.sleep(1500); // a refresh of 0 seconds would have left by now
        assertTrue(robin.currentPath().endsWith("/therapist/couples/review.xhtml"), robin.driver().getCurrentUrl());
        JavascriptExecutor js = (JavascriptExecutor) robin.driver();
        assertEquals(0L, js.executeScript("return document.querySelectorAll('meta[http-equiv]').length;"),
                "no meta element from the name");
        Object legends = js.executeScript("return Array.from(document.querySelectorAll('#charts canvas'))"
                + ".map(c => Chart.getChart(c).data.datasets.map(d => d.label).join('|'));");
        assertEquals(java.util.Collections.nCopies(4, name + "|" + couple.nameB()), legends,
                "every chart names the partner exactly as typed");
        assertInert(robin);
    }

    /**
     * What was typed (each value above carries the run's marker) is in none of the addresses the browsers are at, in
     * no browser storage or script-readable cookie, and nowhere in the server's log.
     */
    private void assertKeptOutOfAddressesStorageAndLog(String run, Browser... browsers) throws IOException {
        for (Browser browser : browsers) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            assertFalse(browser.driver().getCurrentUrl().contains(run), "no typed text in the address");
            assertEquals(0L, js.executeScript("return window.localStorage.length + window.sessionStorage.length;"),
                    "nothing in local or session storage");
            assertEquals("", js.executeScript("return document.cookie;"), "no cookie a script can read");
        }
        assertFalse(Files.readString(server.log()).contains(run), "nothing typed is in the server log");
    }
}
