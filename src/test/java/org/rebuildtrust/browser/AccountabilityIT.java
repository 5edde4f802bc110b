package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accountability table of a couple of the test's own: the hurt partner and the involved partner add entries. */
class AccountabilityIT extends BrowserTestSupport {

    private static WebElement row(Browser browser, String step) {
        return browser.driver().findElement(By.cssSelector(".rb-step-" + step));
    }

    private static void rate(Browser browser, int rating) {
        browser.driver().findElements(By.cssSelector("[id='accountabilityForm:rating'] label")).get(rating).click();
    }

    @Test
    void bothPartnersAddEntriesAndTheTherapistSeesTheGapAndAssesses() {
        String privateComment = "The hurt partner's private doubt " + UUID.randomUUID().toString().substring(0, 6);
        String action = "Shared my calendar for the week " + UUID.randomUUID().toString().substring(0, 6);

        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Accountability");

        Browser hurt = signedIn(couple.loginB(), PARTNER_PASSWORD);
        hurt.open("/portal/accountability.xhtml");
        assertTrue(hurt.all(By.id("accountabilityForm:recordEvidence")).isEmpty(), "the hurt partner records no evidence");
        hurt.choose("accountabilityForm:step", "Provide transparency");
        rate(hurt, 3);
        hurt.type("accountabilityForm:text", privateComment);
        hurt.clickAjax("accountabilityForm:rateAsHurt");
        assertTrue(hurt.pageText().contains("Your rating is saved."), hurt.pageText());
        assertTrue(row(hurt, "PROVIDE_TRANSPARENCY").getText().contains(privateComment));

        Browser involved = signedIn(couple.loginA(), PARTNER_PASSWORD);
        involved.open("/portal/accountability.xhtml");
        WebElement involvedsRow = row(involved, "PROVIDE_TRANSPARENCY");
        assertTrue(involvedsRow.findElement(By.cssSelector(".rb-hurt-view")).getText().startsWith("3"), involvedsRow.getText());
        assertFalse(involved.pageText().contains(privateComment), "the comment stays private");
        involved.choose("accountabilityForm:step", "Provide transparency");
        involved.type("accountabilityForm:text", action);
        involved.clickAjax("accountabilityForm:recordEvidence");
        assertTrue(involved.pageText().contains("Your action is recorded."), involved.pageText());
        involved.choose("accountabilityForm:step", "Provide transparency");
        rate(involved, 8);
        involved.clickAjax("accountabilityForm:rateSelf");
        assertTrue(involved.pageText().contains("Your rating is saved."), involved.pageText());

        openCouple(robin, couple);
        assertTrue(robin.byId("flags").getText().contains(
                "The partners' views of \"Provide transparency\" in " + couple.nameA() + "'s accountability table differ by 5."),
                robin.byId("flags").getText());
        robin.driver().findElement(By.cssSelector("#openAccountability a, a#openAccountability")).click();
        robin.waitForAjax();
        WebElement therapistsRow = row(robin, "PROVIDE_TRANSPARENCY");
        assertTrue(therapistsRow.getText().contains(privateComment), "the therapist reads the comment");
        assertTrue(therapistsRow.getText().contains(action));
        assertTrue(therapistsRow.findElement(By.cssSelector(".rb-gap")).getText().equals("5"), therapistsRow.getText());
        assertTrue(robin.pageText().contains("Assessment note (both partners read it)"), "said before it is typed");
        robin.choose("accountabilityForm:step", "Provide transparency");
        robin.choose("accountabilityForm:assessment", "Beginning");
        robin.clickAjax("accountabilityForm:assess");
        assertTrue(robin.pageText().contains("The assessment is saved."), robin.pageText());

        involved.open("/portal/accountability.xhtml");
        assertTrue(row(involved, "PROVIDE_TRANSPARENCY").findElement(By.cssSelector(".rb-assessment")).getText().startsWith("Beginning"));
    }

    @Test
    void aPartnerOfAMutualCoupleIsToldWhichTableEachRatingGoesTo() {
        Browser quinn = signedIn("quinn", DEMO_PASSWORD);
        quinn.open("/portal/accountability.xhtml");
        assertTrue(quinn.byId("accountabilityForm:bothTables").getText().contains("Avery's holds theirs"),
                quinn.pageText());
        assertEquals("Save as my own step, in my table", quinn.byId("accountabilityForm:rateSelf").getText());
        assertEquals("Save as my view of Avery's step, in Avery's table", quinn.byId("accountabilityForm:rateAsHurt").getText());
    }
}
