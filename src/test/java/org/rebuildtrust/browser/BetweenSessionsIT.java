package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Check-ins, milestones and held sessions between two sessions, each test with a couple of its own of Dr. Vale's. */
class BetweenSessionsIT extends BrowserTestSupport {

    private static void rate(Browser partner, String dimension, int rating) {
        partner.driver().findElements(By.cssSelector("[id='checkInForm:" + dimension + "'] label")).get(rating).click();
    }

    @Test
    void aCheckInASecondOneTheSameWeekAndTheTherapistSeesIt() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Check-ins");
        Browser hurt = signedIn(couple.loginB(), PARTNER_PASSWORD);
        hurt.open("/portal/checkin.xhtml");
        hurt.clickAjax("checkInForm:save");
        assertTrue(hurt.pageText().contains("Choose a number from 0 to 10."), hurt.pageText());

        rate(hurt, "trust", 3);
        rate(hurt, "safety", 4);
        rate(hurt, "connection", 5);
        rate(hurt, "communication", 6);
        String note = "The hurt partner's note " + UUID.randomUUID().toString().substring(0, 6);
        hurt.type("checkInForm:note", note);
        hurt.clickAjax("checkInForm:save");
        assertTrue(hurt.pageText().contains("Your check-in for this week is saved.")
                || hurt.pageText().contains("that check-in was updated"), hurt.pageText());

        hurt.open("/portal/checkin.xhtml");
        assertTrue(hurt.byId("alreadyThisWeek").isDisplayed());
        rate(hurt, "trust", 7);
        rate(hurt, "trust", 7); // tapping the chosen number again keeps it chosen
        assertTrue(hurt.driver().findElements(By.cssSelector("[id='checkInForm:trust'] input[type=radio]")).get(7)
                .isSelected(), "7 stays chosen");
        hurt.clickAjax("checkInForm:save");
        assertTrue(hurt.pageText().contains("You had already checked in this week, so that check-in was updated."));

        openCouple(robin, couple);
        WebElement checkIns = robin.byId("checkIns");
        assertTrue(checkIns.getText().contains(note), checkIns.getText());
        assertTrue(checkIns.getText().contains(couple.nameB() + " 7 4 5 6"), checkIns.getText());
        assertTrue(checkIns.getText().contains("(half a year). Every week is in the progress report."), checkIns.getText());

        Browser involved = signedIn(couple.loginA(), PARTNER_PASSWORD);
        involved.open("/portal/checkin.xhtml");
        assertFalse(involved.pageText().contains(note), "a partner's check-in is not shown to the other partner");
    }

    @Test
    void aMilestoneLoggedByOnePartnerIsAnsweredByTheOtherAndSeenByTheTherapist() {
        String words = "We cooked together and laughed " + UUID.randomUUID().toString().substring(0, 6);
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Milestones");
        Browser involved = signedIn(couple.loginA(), PARTNER_PASSWORD);
        involved.open("/portal/milestones.xhtml");
        involved.type("milestoneForm:words", words);
        involved.clickAjax("milestoneForm:log");
        assertTrue(involved.pageText().contains("Choose what kind of moment it was."), involved.pageText());
        assertTrue(involved.valueOf("milestoneForm:words").equals(words), "what was typed is kept");
        involved.choose("milestoneForm:kind", "Shared laughter");
        involved.clickAjax("milestoneForm:log");
        assertTrue(involved.pageText().contains("Your milestone is logged"), involved.pageText());

        Browser hurt = signedIn(couple.loginB(), PARTNER_PASSWORD);
        hurt.open("/portal/milestones.xhtml");
        WebElement milestone = hurt.all(By.cssSelector("article.rb-milestone")).stream()
                .filter(m -> m.getText().contains(words)).findFirst().orElseThrow();
        assertTrue(milestone.getText().contains(couple.nameA()));
        milestone.findElement(By.cssSelector("input[id$=':reply']")).sendKeys("That was a good evening");
        milestone.findElement(By.cssSelector(".rb-send-reply")).click();
        hurt.waitForAjax();
        assertTrue(hurt.pageText().contains("Your reply was added."));

        involved.open("/portal/milestones.xhtml");
        assertTrue(involved.pageText().contains(couple.nameB() + ": That was a good evening"), involved.pageText());

        openCouple(robin, couple);
        assertTrue(robin.byId("milestones").getText().contains(words));
        robin.type("sessionForm:heldOn", java.time.LocalDate.now().minusDays(1).toString());
        robin.clickAjax("sessionForm:recordSession");
        assertTrue(robin.pageText().contains("The session date must be between the start of therapy and today."),
                "this couple started today: " + robin.pageText());
        robin.type("sessionForm:heldOn", java.time.LocalDate.now().toString());
        robin.clickAjax("sessionForm:recordSession");
        assertTrue(robin.pageText().contains("The session was recorded."), robin.pageText());
        assertTrue(robin.byId("sessionList").getText().contains(shown(java.time.LocalDate.now())),
                robin.byId("sessionList").getText());
    }
}
