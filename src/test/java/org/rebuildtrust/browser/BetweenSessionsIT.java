package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Check-ins, milestones and held sessions between two sessions, with Dr. Vale's couple Okonkwo &amp; Lindqvist. */
class BetweenSessionsIT extends BrowserTestSupport {

    private static void rate(Browser partner, String dimension, int rating) {
        partner.driver().findElements(By.cssSelector("[id='checkInForm:" + dimension + "'] .ui-button")).get(rating).click();
    }

    @Test
    void aCheckInASecondOneTheSameWeekAndTheTherapistSeesIt() {
        Browser riley = newBrowser().signIn("riley", DEMO_PASSWORD);
        riley.open("/portal/checkin.xhtml");
        riley.clickAjax("checkInForm:save");
        assertTrue(riley.pageText().contains("Choose a number from 0 to 10."), riley.pageText());

        rate(riley, "trust", 3);
        rate(riley, "safety", 4);
        rate(riley, "connection", 5);
        rate(riley, "communication", 6);
        String note = "Riley's note " + UUID.randomUUID().toString().substring(0, 6);
        riley.type("checkInForm:note", note);
        riley.clickAjax("checkInForm:save");
        assertTrue(riley.pageText().contains("Your check-in for this week is saved.")
                || riley.pageText().contains("that check-in was updated"), riley.pageText());

        riley.open("/portal/checkin.xhtml");
        assertTrue(riley.byId("alreadyThisWeek").isDisplayed());
        rate(riley, "trust", 7);
        riley.clickAjax("checkInForm:save");
        assertTrue(riley.pageText().contains("You had already checked in this week, so that check-in was updated."));

        Browser robin = newBrowser().signIn("robin", DEMO_PASSWORD);
        robin.type("caseloadForm:search", "Okonkwo");
        robin.waitUntil(d -> !d.findElements(By.linkText("Okonkwo & Lindqvist (demo)")).isEmpty());
        robin.driver().findElement(By.linkText("Okonkwo & Lindqvist (demo)")).click();
        robin.waitForAjax();
        WebElement checkIns = robin.byId("checkIns");
        assertTrue(checkIns.getText().contains(note), checkIns.getText());
        assertTrue(checkIns.getText().contains("Riley Lindqvist 7 4 5 6"), checkIns.getText());

        Browser casey = newBrowser().signIn("casey", DEMO_PASSWORD);
        casey.open("/portal/checkin.xhtml");
        assertFalse(casey.pageText().contains(note), "a partner's check-in is not shown to the other partner");
    }

    @Test
    void aMilestoneLoggedByOnePartnerIsAnsweredByTheOtherAndSeenByTheTherapist() {
        String words = "We cooked together and laughed " + UUID.randomUUID().toString().substring(0, 6);
        Browser casey = newBrowser().signIn("casey", DEMO_PASSWORD);
        casey.open("/portal/milestones.xhtml");
        casey.type("milestoneForm:words", words);
        casey.clickAjax("milestoneForm:log");
        assertTrue(casey.pageText().contains("Choose what kind of moment it was."), casey.pageText());
        assertTrue(casey.valueOf("milestoneForm:words").equals(words), "what was typed is kept");
        casey.choose("milestoneForm:kind", "Shared laughter");
        casey.clickAjax("milestoneForm:log");
        assertTrue(casey.pageText().contains("Your milestone is logged"), casey.pageText());

        Browser riley = newBrowser().signIn("riley", DEMO_PASSWORD);
        riley.open("/portal/milestones.xhtml");
        WebElement milestone = riley.all(By.cssSelector("article.rb-milestone")).stream()
                .filter(m -> m.getText().contains(words)).findFirst().orElseThrow();
        assertTrue(milestone.getText().contains("Casey Okonkwo"));
        milestone.findElement(By.cssSelector("input[id$=':reply']")).sendKeys("That was a good evening");
        milestone.findElement(By.cssSelector(".rb-send-reply")).click();
        riley.waitForAjax();
        assertTrue(riley.pageText().contains("Your reply was added."));

        casey.open("/portal/milestones.xhtml");
        assertTrue(casey.pageText().contains("Riley Lindqvist: That was a good evening"), casey.pageText());

        Browser robin = newBrowser().signIn("robin", DEMO_PASSWORD);
        robin.type("caseloadForm:search", "Okonkwo");
        robin.waitUntil(d -> !d.findElements(By.linkText("Okonkwo & Lindqvist (demo)")).isEmpty());
        robin.driver().findElement(By.linkText("Okonkwo & Lindqvist (demo)")).click();
        robin.waitForAjax();
        assertTrue(robin.byId("milestones").getText().contains(words));
        robin.type("sessionForm:heldOn", java.time.LocalDate.now().minusDays(1).toString());
        robin.clickAjax("sessionForm:recordSession");
        assertTrue(robin.pageText().contains("The session was recorded."), robin.pageText());
        assertTrue(robin.byId("sessionList").getText().contains(java.time.LocalDate.now().minusDays(1).toString()));
    }
}
