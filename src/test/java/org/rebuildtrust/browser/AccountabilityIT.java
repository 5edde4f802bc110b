package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accountability table of Rivera &amp; Chen: Jordan (hurt partner) and Alex (involved partner) add entries. */
class AccountabilityIT extends BrowserTestSupport {

    private static WebElement row(Browser browser, String step) {
        return browser.driver().findElement(By.cssSelector(".rb-step-" + step));
    }

    private static void rate(Browser browser, int rating) {
        browser.driver().findElements(By.cssSelector("[id='accountabilityForm:rating'] .ui-button")).get(rating).click();
    }

    @Test
    void bothPartnersAddEntriesAndTheTherapistSeesTheGapAndAssesses() {
        String privateComment = "Jordan's private doubt " + UUID.randomUUID().toString().substring(0, 6);
        String action = "Shared my calendar for the week " + UUID.randomUUID().toString().substring(0, 6);

        Browser jordan = newBrowser().signIn("jordan", DEMO_PASSWORD);
        jordan.open("/portal/accountability.xhtml");
        assertTrue(jordan.all(By.id("accountabilityForm:recordEvidence")).isEmpty(), "the hurt partner records no evidence");
        jordan.choose("accountabilityForm:step", "Provide transparency");
        rate(jordan, 3);
        jordan.type("accountabilityForm:text", privateComment);
        jordan.clickAjax("accountabilityForm:rateAsHurt");
        assertTrue(jordan.pageText().contains("Your rating is saved."), jordan.pageText());
        assertTrue(row(jordan, "PROVIDE_TRANSPARENCY").getText().contains(privateComment));

        Browser alex = newBrowser().signIn("alex", DEMO_PASSWORD);
        alex.open("/portal/accountability.xhtml");
        WebElement alexsRow = row(alex, "PROVIDE_TRANSPARENCY");
        assertTrue(alexsRow.findElement(By.cssSelector(".rb-hurt-view")).getText().startsWith("3"), alexsRow.getText());
        assertFalse(alex.pageText().contains(privateComment), "the comment stays private");
        alex.choose("accountabilityForm:step", "Provide transparency");
        alex.type("accountabilityForm:text", action);
        alex.clickAjax("accountabilityForm:recordEvidence");
        assertTrue(alex.pageText().contains("Your action is recorded."), alex.pageText());
        alex.choose("accountabilityForm:step", "Provide transparency");
        rate(alex, 8);
        alex.clickAjax("accountabilityForm:rateSelf");
        assertTrue(alex.pageText().contains("Your rating is saved."), alex.pageText());

        Browser robin = newBrowser().signIn("robin", DEMO_PASSWORD);
        robin.type("caseloadForm:search", "Rivera");
        robin.waitUntil(d -> !d.findElements(By.linkText("Rivera & Chen (demo)")).isEmpty());
        robin.driver().findElement(By.linkText("Rivera & Chen (demo)")).click();
        robin.waitForAjax();
        assertTrue(robin.byId("flags").getText().contains(
                "The partners' views of \"Provide transparency\" in Alex Rivera's accountability table differ by 5."),
                robin.byId("flags").getText());
        robin.driver().findElement(By.cssSelector("#openAccountability a, a#openAccountability")).click();
        robin.waitForAjax();
        WebElement therapistsRow = row(robin, "PROVIDE_TRANSPARENCY");
        assertTrue(therapistsRow.getText().contains(privateComment), "the therapist reads the comment");
        assertTrue(therapistsRow.getText().contains(action));
        assertTrue(therapistsRow.findElement(By.cssSelector(".rb-gap")).getText().equals("5"), therapistsRow.getText());
        robin.choose("accountabilityForm:step", "Provide transparency");
        robin.choose("accountabilityForm:assessment", "Beginning");
        robin.clickAjax("accountabilityForm:assess");
        assertTrue(robin.pageText().contains("The assessment is saved."), robin.pageText());

        alex.open("/portal/accountability.xhtml");
        assertTrue(row(alex, "PROVIDE_TRANSPARENCY").findElement(By.cssSelector(".rb-assessment")).getText().startsWith("Beginning"));
    }
}
