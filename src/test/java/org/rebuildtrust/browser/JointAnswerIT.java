package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A joint answer written by both partners at once: whoever saves second over a different text is told and keeps
 * their words on the screen; neither autosave nor a race ever replaces the other's text unseen.
 */
class JointAnswerIT extends BrowserTestSupport {

    private static final LocalDate DUE = LocalDate.now().plusDays(10);
    private static final By FIRST_TEXT = By.cssSelector("#answerForm .rb-prompt-TEXT textarea");

    @Test
    void theLaterWriterOfAJointAnswerIsToldAndNothingIsOverwrittenUntilTheyChooseTo() {
        Browser therapist = signedIn("sam", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(therapist, "Joint");
        long id = giveTogether(therapist, couple);
        String page = "/portal/answer.xhtml?id=" + id;

        Browser ada = signedIn(couple.loginA(), PARTNER_PASSWORD);
        Browser hal = signedIn(couple.loginB(), PARTNER_PASSWORD);
        ada.open(page);
        hal.open(page); // both open the empty answer before either has typed
        assertEquals("Your therapist reads this answer once one of you submits it. Until then, the draft stays between the two of you.",
                ada.byId("therapistReads").getText(), "said before anything is typed");
        assertEquals("Due " + shown(DUE), ada.driver().findElement(By.cssSelector(".rb-due")).getText(), "dates read alike everywhere");

        String adas = "Ada: we talk every evening — ¿qué tal? 🌙 نتحدث كل مساء";
        ada.paste(firstTextId(ada), adas);
        saveDraftNow(ada);
        ada.waitUntil(d -> !d.findElements(By.cssSelector(".rb-saved-at")).isEmpty());

        String hals = "Hal: we talk on Sundays, Zoë's idea";
        hal.paste(firstTextId(hal), hals);
        saveDraftNow(hal);
        // the page's own autosave timer may redraw the notice while it is read: it is read again then
        hal.waitUntil(d -> theirVersionShows(d, adas));
        assertTrue(hal.pageText().contains("Your partner saved a different text here while you were writing."), hal.pageText());
        assertTrue(hal.pageText().contains("Not saved: a question needs your choice"), hal.pageText());
        assertEquals(hals, hal.driver().findElement(FIRST_TEXT).getAttribute("value"), "Hal's words stay in the box");

        // The therapist does not read the draft: it stays with its authors until submitted.
        therapist.open("/therapist/couples/assignment.xhtml?id=" + id);
        assertTrue(therapist.pageText().contains("A draft is in progress. You will read it once it is submitted"), therapist.pageText());
        assertFalse(therapist.pageText().contains("we talk every evening"), "no draft text on the therapist's page");

        // Autosave runs again (as its timer and leaving the page do): it does not replace Ada's text.
        saveDraftNow(hal);
        saveDraftNow(hal);
        Browser adaAgain = signedIn(couple.loginA(), PARTNER_PASSWORD);
        adaAgain.open(page);
        assertEquals(adas, adaAgain.driver().findElement(FIRST_TEXT).getAttribute("value"));

        // Hal merges and saves on purpose: now the merged text is the answer, and Ada's next edit is a conflict too.
        String merged = adas + "\n" + hals;
        holdAutosaveTimer(hal); // its next run would redraw the messages, and with them this save's confirmation
        hal.paste(firstTextId(hal), merged);
        hal.clickAjax("answerForm:saveDraft");
        assertTrue(hal.pageText().contains("Your draft is saved."), hal.pageText());
        assertTrue(hal.all(By.cssSelector(".rb-their-version")).isEmpty());
        adaAgain.open(page);
        assertEquals(merged, adaAgain.driver().findElement(FIRST_TEXT).getAttribute("value"));

        ada.paste(firstTextId(ada), adas + " (and on walks)");
        saveDraftNow(ada);
        ada.waitUntil(d -> theirVersionShows(d, hals));
        adaAgain.open(page);
        assertEquals(merged, adaAgain.driver().findElement(FIRST_TEXT).getAttribute("value"), "still Hal's merge");
    }

    /**
     * The session ends under a partner who is typing (the server restarted, or the instance they were on died and the
     * load balancer sent them to another, which does not know their session): the next autosave finds the session gone.
     * They are told why, sign in again, land back on the answer with what they had typed put back, and it is saved.
     * Where the other partner changed the joint answer meanwhile, the kept text is offered beside it, not written over it.
     */
    @Test
    void whatWasTypedWhenTheSessionEndedIsPutBackAfterSigningInAgainButNeverOverAPartnersNewerWords() {
        Browser therapist = signedIn("sam", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(therapist, "Gone");
        long id = giveTogether(therapist, couple);
        String page = "/portal/answer.xhtml?id=" + id;
        Browser ada = signedIn(couple.loginA(), PARTNER_PASSWORD).open(page);
        holdAutosaveTimer(ada);
        ada.type(firstTextId(ada), "Saved: we walk — ¿juntos? 🌿 نمشي");
        saveDraftNow(ada);
        String typed = "Saved: we walk — ¿juntos? 🌿 نمشي, and then typed just before the session ended";
        ada.type(firstTextId(ada), typed);

        endSessionAndSignInAgain(ada, couple, page);
        assertEquals(typed, ada.driver().findElement(FIRST_TEXT).getAttribute("value"), "put back");
        assertTrue(ada.byId("rbUnsaved").getText().contains("What you typed before you were signed out is back in the form."),
                ada.pageText());
        saveDraftNow(ada);
        Browser hal = signedIn(couple.loginB(), PARTNER_PASSWORD).open(page);
        assertEquals(typed, hal.driver().findElement(FIRST_TEXT).getAttribute("value"), "saved, so the partner reads it");

        // Again, but Hal saves a new version of the joint answer while Ada is signed out.
        holdAutosaveTimer(ada);
        String unsaved = typed + " (Ada's unsaved ending)";
        ada.type(firstTextId(ada), unsaved);
        String hals = "Hal rewrote it: we walk on Sundays";
        hal.type(firstTextId(hal), hals);
        saveDraftNow(hal);
        endSessionAndSignInAgain(ada, couple, page);
        assertEquals(hals, ada.driver().findElement(FIRST_TEXT).getAttribute("value"), "Hal's words are not overwritten");
        assertTrue(ada.byId("rbUnsaved").getText().contains("Your text was not put back over it"), ada.pageText());
        assertEquals(unsaved, ada.driver().findElement(By.cssSelector("#rbUnsaved textarea.rb-kept-text")).getAttribute("value"),
                "Ada's own words are offered to copy");

        // Signing out forgets every kept text at this device.
        ada.type(firstTextId(ada), hals + " — one more thought");
        ada.signOut();
        assertEquals(0L, ((JavascriptExecutor) ada.driver()).executeScript(
                "return Object.keys(sessionStorage).filter(k => k.startsWith('rebuild.')).length;"));
    }

    /**
     * The page's five-second autosave waits, so that the test decides what was saved (before the session ended, or
     * before a confirmation is read that the autosave's own update would clear).
     */
    private static void holdAutosaveTimer(Browser partner) {
        ((JavascriptExecutor) partner.driver()).executeScript("PF('autosavePoll').stop();");
    }

    /**
     * The browser keeps a session id the server does not know (as the other instance sees it), the next autosave goes
     * out, and the person signs in on the page it leads to.
     */
    private static void endSessionAndSignInAgain(Browser partner, OwnCouple couple, String page) {
        partner.driver().manage().deleteCookieNamed("JSESSIONID");
        partner.driver().manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "ended0000000000000000000000", "/"));
        ((JavascriptExecutor) partner.driver()).executeScript("rbSaveDraftNow();");
        partner.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(partner.pageText().contains("Your session has ended, perhaps because the server was restarted."),
                partner.pageText());
        partner.signIn(couple.loginA(), PARTNER_PASSWORD);
        assertEquals(page, partner.currentPathAndQuery(), "back on the answer");
    }

    private static long giveTogether(Browser therapist, OwnCouple couple) {
        openCouple(therapist, couple);
        therapist.driver().findElement(By.cssSelector("#giveHomework a, a#giveHomework")).click();
        therapist.waitForAjax();
        therapist.chooseStartingWith("assignForm:template", "Our new agreements");
        therapist.clickLabel("Both together, one joint answer");
        therapist.clickLabel("Shared: your partner will see your answers once you submit them, and you will see theirs.");
        therapist.type("assignForm:dueDate", DUE.toString());
        therapist.clickAndWaitForPage("assignForm:assign");
        assertTrue(therapist.pageText().contains("Homework given (1 assignment)."), therapist.pageText());
        String href = therapist.driver().findElement(By.cssSelector("#assignments a.rb-assignment-link")).getAttribute("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    /** Whether the page shows the partner's stored version holding this text (a Hal-sees-what-Ada-stored notice). */
    private static boolean theirVersionShows(org.openqa.selenium.WebDriver page, String text) {
        return page.findElements(By.cssSelector(".rb-their-version")).stream().anyMatch(notice -> notice.getText().contains(text));
    }

    private static String firstTextId(Browser partner) {
        return partner.driver().findElement(FIRST_TEXT).getAttribute("id");
    }

    /** What the page does every few seconds and when it is hidden: an autosave, here without the wait. */
    private static void saveDraftNow(Browser partner) {
        ((JavascriptExecutor) partner.driver()).executeScript("rbSaveDraftNow();");
        partner.waitForAjax();
    }
}
