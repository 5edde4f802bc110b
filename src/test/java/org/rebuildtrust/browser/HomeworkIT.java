package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Homework end to end: Sam Okafor gives the open-communication step to Quinn and Avery (Moreau &amp; Haddad) to
 * reveal together; each answers in the portal; the therapist reads both and replies.
 */
class HomeworkIT extends BrowserTestSupport {

    private static final String COUPLE = "Moreau & Haddad (demo)";
    private static final String OPEN_COMMUNICATION = "Talking openly about what happened (Open communication)";

    private static LocalDate uniqueDueDate() {
        return LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(30, 300));
    }

    /** Gives homework from the couple page and returns the new assignment's id, found by its unique due date. */
    private long give(Browser sam, String templateLabel, String visibilityLabel, LocalDate due, String recurrence,
                      LocalDate repeatUntil) {
        sam.open("/therapist/caseload.xhtml");
        sam.type("caseloadForm:search", "Moreau");
        sam.waitUntil(d -> !d.findElements(By.linkText(COUPLE)).isEmpty());
        sam.clickLink(COUPLE);
        sam.waitForAjax();
        sam.driver().findElement(By.cssSelector("#giveHomework a, a#giveHomework")).click();
        sam.waitForAjax();
        sam.choose("assignForm:template", templateLabel);
        sam.clickLabel("Each partner, separately");
        sam.clickLabel(visibilityLabel);
        sam.type("assignForm:dueDate", due.toString());
        if (recurrence != null) {
            sam.choose("assignForm:recurrence", recurrence);
            sam.type("assignForm:repeatUntil", repeatUntil.toString());
        }
        sam.type("assignForm:instructions", "Write what is true for you.");
        sam.clickAndWaitForPage("assignForm:assign");
        assertTrue(sam.pageText().contains("Homework given"), sam.pageText());
        return assignmentIdDue(sam, due);
    }

    private static long assignmentIdDue(Browser sam, LocalDate due) {
        String dueText = shown(due);
        WebElement row = sam.driver().findElements(By.cssSelector("#assignments tbody tr")).stream()
                .filter(r -> r.getText().contains(dueText)).findFirst()
                .orElseThrow(() -> new AssertionError("no assignment due " + dueText + " in " + sam.pageText()));
        String href = row.findElement(By.cssSelector("a.rb-assignment-link")).getAttribute("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    /** Answers every prompt on the page the way a partner would, starting each free text with the given words. */
    private static void fillEveryPrompt(Browser partner, String words) {
        for (WebElement prompt : partner.all(By.cssSelector("#answerForm .rb-prompt"))) {
            String kind = prompt.getAttribute("class");
            if (kind.contains("rb-prompt-TEXT") || kind.contains("rb-prompt-LIST")) {
                WebElement area = prompt.findElement(By.tagName("textarea"));
                partner.type(area, words + " - " + prompt.findElement(By.tagName("label")).getText());
            } else if (kind.contains("rb-prompt-SCALE")) {
                prompt.findElements(By.cssSelector(".rb-scale-radios label")).stream()
                        .filter(number -> number.getText().strip().equals("6")).findFirst().orElseThrow().click();
            } else if (kind.contains("rb-prompt-YES_NO")) {
                prompt.findElements(By.cssSelector(".ui-radiobutton-box")).get(0).click();
            } else if (kind.contains("rb-prompt-CHECKLIST")) {
                prompt.findElements(By.cssSelector(".ui-chkbox-box")).get(0).click();
            } else if (kind.contains("rb-prompt-DATE")) {
                WebElement input = prompt.findElement(By.cssSelector("input"));
                input.sendKeys(LocalDate.now().toString(), org.openqa.selenium.Keys.TAB);
            }
        }
    }

    private static String firstTextArea(Browser partner) {
        return partner.driver().findElement(By.cssSelector("#answerForm .rb-prompt-TEXT textarea")).getAttribute("value");
    }

    @Test
    void revealTogetherFromDraftToFeedback() {
        Browser sam = signedIn("sam", DEMO_PASSWORD);
        long id = give(sam, OPEN_COMMUNICATION, "Reveal together: you will see each other's answers only when both of you have submitted.",
                uniqueDueDate(), null, null);
        String answerPage = "/portal/answer.xhtml?id=" + id;

        // Quinn starts a draft, then the browser closes; the draft is there after signing in again.
        Browser quinn = signedIn("quinn", DEMO_PASSWORD).open("/portal/home.xhtml");
        assertTrue(quinn.all(By.cssSelector("#openHomework a.rb-homework-link")).stream()
                .anyMatch(a -> a.getAttribute("href").contains("id=" + id)), "listed on Quinn's portal");
        quinn.open(answerPage);
        assertTrue(quinn.byId("visibilityNotice").getText().startsWith("Reveal together"));
        WebElement first = quinn.driver().findElement(By.cssSelector("#answerForm .rb-prompt-TEXT textarea"));
        quinn.type(first, "Quinn's draft, typed before the browser closed");
        quinn.waitUntil(d -> !d.findElements(By.cssSelector(".rb-saved-at")).isEmpty());
        quinn.close();

        Browser quinnAgain = signedIn("quinn", DEMO_PASSWORD);
        quinnAgain.open(answerPage);
        assertEquals("Quinn's draft, typed before the browser closed", firstTextArea(quinnAgain));
        fillEveryPrompt(quinnAgain, "Quinn writes");
        quinnAgain.clickAjax("answerForm:submit");
        assertTrue(quinnAgain.pageText().contains("You will see your partner's answer when they have submitted theirs too."),
                quinnAgain.pageText());
        assertTrue(quinnAgain.byId("waitingForReveal").isDisplayed());

        // Avery cannot see Quinn's answer before submitting; afterwards both see both.
        Browser avery = signedIn("avery", DEMO_PASSWORD);
        avery.open(answerPage);
        assertFalse(avery.pageText().contains("Quinn writes"));
        assertTrue(avery.all(By.cssSelector(".rb-other-answer")).isEmpty());
        fillEveryPrompt(avery, "Avery writes");
        avery.clickAjax("answerForm:submit");
        avery.open(answerPage);
        assertTrue(avery.byId("myAnswer").getText().contains("Avery writes"));
        assertTrue(avery.driver().findElement(By.cssSelector(".rb-other-answer")).getText().contains("Quinn writes"));
        quinnAgain.open(answerPage);
        assertTrue(quinnAgain.driver().findElement(By.cssSelector(".rb-other-answer")).getText().contains("Avery writes"));

        // The therapist reads both side by side and replies to Quinn, who sees it; the caseload's count of Quinn's
        // answers waiting for review drops by one at once (not at the night's refresh).
        long quinnWaitingBefore = waitingOnCaseload(sam, "Moreau", "Quinn");
        assertTrue(quinnWaitingBefore >= 1, "Quinn's submitted answer waits for review");
        sam.open("/therapist/couples/assignment.xhtml?id=" + id);
        List<WebElement> answers = sam.all(By.cssSelector(".rb-review-answer"));
        assertEquals(2, answers.size());
        assertTrue(answers.get(0).getText().contains("Quinn writes"));
        assertTrue(answers.get(1).getText().contains("Avery writes"));
        WebElement feedback = answers.get(0).findElement(By.tagName("textarea"));
        sam.type(feedback, "Thank you, Quinn: this is a brave start.");
        answers.get(0).findElement(By.xpath(".//button[normalize-space(.)='Mark reviewed']")).click();
        sam.waitForAjax();
        assertTrue(sam.pageText().contains("Marked reviewed."), sam.pageText());
        assertEquals(quinnWaitingBefore - 1, waitingOnCaseload(sam, "Moreau", "Quinn"));

        quinnAgain.open(answerPage);
        assertTrue(quinnAgain.pageText().contains("Your therapist's feedback\nThank you, Quinn: this is a brave start."),
                quinnAgain.pageText());
        avery.open(answerPage);
        assertTrue(avery.all(By.id("feedback")).isEmpty(), "feedback goes to its author only");

        // Another couple's partner trying this assignment's id sees not-found.
        Browser casey = signedIn("casey", DEMO_PASSWORD);
        casey.open(answerPage);
        assertTrue(casey.pageText().contains("This page does not exist"));
        assertFalse(casey.pageText().contains("Quinn writes"));
    }

    /** How many of a partner's answers the caseload row of the couple found by the search says wait for review. */
    private static long waitingOnCaseload(Browser therapist, String search, String firstName) {
        therapist.open("/therapist/caseload.xhtml");
        therapist.type("caseloadForm:search", search);
        therapist.waitUntil(d -> d.findElements(By.cssSelector("#caseloadForm\\:couples tbody tr")).size() == 1
                && d.findElement(By.cssSelector("#caseloadForm\\:couples tbody tr")).getText().contains(search));
        WebElement row = therapist.driver().findElement(By.cssSelector("#caseloadForm\\:couples tbody tr"));
        List<WebElement> waiting = row.findElements(By.cssSelector(".rb-waiting-count"));
        if (waiting.isEmpty()) {
            return 0;
        }
        java.util.regex.Matcher count = java.util.regex.Pattern.compile(firstName + " (\\d+)").matcher(waiting.get(0).getText());
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    @Test
    void theCaseloadShowsPerPartnerWhichAnswersWaitForReview() {
        Browser robin = signedIn("robin", DEMO_PASSWORD).open("/therapist/caseload.xhtml");
        robin.type("caseloadForm:search", "Rivera");
        robin.waitUntil(d -> d.findElements(By.cssSelector("#caseloadForm\\:couples tbody tr")).size() == 1
                && d.findElement(By.cssSelector("#caseloadForm\\:couples tbody tr")).getText().contains("Rivera & Chen"));
        WebElement row = robin.driver().findElement(By.cssSelector("#caseloadForm\\:couples tbody tr"));
        assertTrue(row.findElement(By.cssSelector(".rb-waiting-count")).getText().contains("To review: Alex 1 · Jordan 1"),
                row.getText());
    }

    @Test
    void aBlankFormCannotBeSubmittedAndSaysWhatIsMissing() {
        Browser sam = signedIn("sam", DEMO_PASSWORD);
        long id = give(sam, OPEN_COMMUNICATION, "Private: only you and your therapist will see your answers.", uniqueDueDate(), null, null);
        Browser avery = signedIn("avery", DEMO_PASSWORD);
        avery.open("/portal/answer.xhtml?id=" + id);
        avery.clickAjax("answerForm:submit");
        assertTrue(avery.pageText().contains("Some answers need your attention"), avery.pageText());
        assertTrue(avery.all(By.cssSelector(".rb-field-note")).size() > 0);
        assertTrue(avery.all(By.id("myAnswer")).isEmpty(), "still a form, not submitted");
    }

    @Test
    void aWeeklyCheckInUntilADateProducesOneAssignmentPerWeek() {
        Browser sam = signedIn("sam", DEMO_PASSWORD);
        LocalDate due = uniqueDueDate();
        give(sam, "Weekly check-in (Check-in)", "Shared: your partner will see your answers once you submit them, and you will see theirs.",
                due, "Every week", due.plusDays(21));
        for (int week = 0; week < 4; week++) {
            assignmentIdDue(sam, due.plusDays(7L * week));
        }
        assertTrue(sam.pageText().contains("Homework given (4 assignments)."), sam.pageText());
    }
}
