package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dr. Vale opens the between-session review of Rivera &amp; Chen (demo data: weeks of history, a session six days ago). */
class ReviewIT extends BrowserTestSupport {

    @Test
    void theReviewShowsWhatChangedSinceTheLastSessionWithBothPartnersOnEachChart() {
        Browser robin = signedIn("robin", DEMO_PASSWORD).open("/therapist/caseload.xhtml");
        robin.type("caseloadForm:search", "Rivera");
        robin.waitUntil(d -> !d.findElements(By.linkText("Rivera & Chen (demo)")).isEmpty());
        robin.clickLink("Rivera & Chen (demo)");
        robin.waitForAjax();
        robin.driver().findElement(By.cssSelector("#openReview a, a#openReview")).click();
        robin.waitForAjax();

        assertTrue(robin.byId("since").getText().startsWith("Changes since the last held session on "), robin.byId("since").getText());
        assertTrue(robin.byId("homeworkSince").getText().contains("Talking openly about what happened — Alex Rivera"),
                robin.byId("homeworkSince").getText());
        assertTrue(robin.byId("milestonesSince").getText().contains("tent collapsing"));
        robin.waitUntil(d -> d.findElements(By.cssSelector("#charts canvas")).size() == 4);
        Object legends = ((org.openqa.selenium.JavascriptExecutor) robin.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#charts canvas'))"
                        + ".map(c => Chart.getChart(c).data.datasets.map(d => d.label).join('|'));");
        assertEquals(java.util.Collections.nCopies(4, "Alex Rivera|Jordan Chen"), legends, "both partners on every check-in chart");
        assertTrue(robin.byId("flags").getText().contains("Jordan Chen's trust rating dropped from 6 to 3"),
                robin.byId("flags").getText());
        assertEquals(4, robin.all(By.cssSelector(".rb-changes tbody tr")).size(), "the four steps");
        WebElement transparency = robin.driver().findElement(By.cssSelector(".rb-change-PROVIDE_TRANSPARENCY"));
        assertTrue(transparency.findElement(By.cssSelector(".rb-self-change")).getText().startsWith("7 → "),
                "Alex's own view before the session, then now: " + transparency.getText());
        assertTrue(transparency.findElement(By.cssSelector(".rb-hurt-change")).getText().startsWith("4"), transparency.getText());
        assertTrue(transparency.findElement(By.cssSelector(".rb-assessment-change")).getText().startsWith("Beginning"),
                transparency.getText());
        assertTrue(transparency.getText().contains("former colleague emailed me"), "an action since the session");
        assertFalse(transparency.getText().contains("location sharing"), "an action from before the session is not new");

        robin.type("prepNoteForm:prepNote", "Start with the tent story; ask Jordan about the evenings.");
        robin.clickAjax("prepNoteForm:savePrepNote");
        assertTrue(robin.pageText().contains("Your note is saved."), robin.pageText());
        robin.driver().navigate().refresh();
        robin.waitForAjax();
        assertEquals("Start with the tent story; ask Jordan about the evenings.", robin.valueOf("prepNoteForm:prepNote"));

        Browser sam = signedIn("sam", DEMO_PASSWORD);
        sam.open(robin.currentPath() + "?" + java.net.URI.create(robin.driver().getCurrentUrl()).getQuery());
        assertTrue(sam.pageText().contains("This page does not exist"));
        assertFalse(sam.pageText().contains("Alex Rivera"));
    }
}
