package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A therapist's everyday work on the caseload and the couple page, in a real browser against the real WAR. */
class CaseloadAndCoupleIT extends BrowserTestSupport {

    private String createCouple(Browser browser, String label, String partnerA, String partnerB) {
        browser.open("/therapist/couples/new.xhtml");
        browser.type("coupleForm:label", label);
        browser.type("coupleForm:nameA", partnerA);
        browser.type("coupleForm:emailA", "shared@example.test");
        browser.type("coupleForm:nameB", partnerB);
        browser.type("coupleForm:emailB", "shared@example.test");
        browser.clickAndWaitForPage("coupleForm:create");
        return browser.driver().getCurrentUrl();
    }

    @Test
    void aTherapistCreatesACoupleFindsItBySearchAndEditsIt() {
        Browser robin = newBrowser().signIn("robin", DEMO_PASSWORD);
        assertEquals("/therapist/caseload.xhtml", robin.currentPath());
        assertTrue(robin.byId("signedInAs").getText().contains("Dr. Robin Vale"));

        String label = unique("Searchable");
        createCouple(robin, label, "Pat Example", "Lou Example");
        assertTrue(robin.pageText().contains("Couple " + label + " was created."), robin.pageText());
        assertTrue(robin.pageText().contains("Pat Example"));
        assertTrue(robin.pageText().contains("Lou Example"));

        robin.open("/therapist/caseload.xhtml");
        robin.type("caseloadForm:search", label.substring(label.length() - 6));
        robin.waitUntil(d -> d.findElements(By.cssSelector("#caseloadForm\\:couples tbody tr")).size() == 1
                && d.findElement(By.cssSelector("#caseloadForm\\:couples tbody tr")).getText().contains(label));
        assertTrue(robin.byId("caseloadForm:couples").getText().contains("Pat Example"));

        robin.clickLink(label);
        robin.waitForAjax();
        robin.clickAjax("coupleForm:edit");
        robin.type("coupleForm:summary", "Agreed to weekly check-ins.");
        robin.choose("coupleForm:status", "Active");
        robin.clickAjax("coupleForm:save");

        assertTrue(robin.pageText().contains("Your changes were saved."), robin.pageText());
        assertEquals("Agreed to weekly check-ins.", robin.byId("coupleSummary").getText());
        assertEquals("Active", robin.byId("coupleStatus").getText());

        robin.open(robin.currentPath() + "?" + java.net.URI.create(robin.driver().getCurrentUrl()).getQuery());
        assertEquals("Agreed to weekly check-ins.", robin.byId("coupleSummary").getText());
    }

    @Test
    void aTherapistGivesAPartnerAPortalLoginAndThePartnerSignsInToTheirOwnPortal() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        String label = unique("Portal");
        createCouple(robin, label, "Rae Portal", "Sol Portal");
        String login = "rae" + label.substring(label.length() - 6);
        WebElement rae = robin.all(By.cssSelector(".rb-partner")).get(0);
        rae.findElement(By.cssSelector("input[id$=':portalLogin']")).sendKeys(login);
        rae.findElement(By.cssSelector("input[id$=':portalPassword']")).sendKeys("short");
        rae.findElement(By.cssSelector(".rb-give-login")).click();
        robin.waitForAjax();
        assertTrue(robin.pageText().contains("A password needs 12 to 128 characters."), robin.pageText());

        rae = robin.all(By.cssSelector(".rb-partner")).get(0);
        assertEquals(login, rae.findElement(By.cssSelector("input[id$=':portalLogin']")).getAttribute("value"));
        WebElement password = rae.findElement(By.cssSelector("input[id$=':portalPassword']"));
        password.clear();
        password.sendKeys("rae's own first password");
        rae.findElement(By.cssSelector(".rb-give-login")).click();
        robin.waitForAjax();
        assertTrue(robin.pageText().contains("Rae Portal can now sign in to the portal as " + login + "."), robin.pageText());
        assertTrue(robin.all(By.cssSelector(".rb-partner")).get(0).getText().contains("Has a portal login"));

        Browser partner = newBrowser().signIn(login, "rae's own first password");
        assertEquals("/portal/home.xhtml", partner.currentPath());
        assertEquals("Rae Portal", partner.byId("myName").getText());
        assertEquals(label, partner.byId("coupleLabel").getText());
        assertEquals("Sol Portal", partner.byId("partnerName").getText());
    }

    @Test
    void invalidInputShowsMessagesNextToTheFieldsAndKeepsWhatWasTyped() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        robin.open("/therapist/couples/new.xhtml");
        String label = unique("Invalid");
        String tomorrow = LocalDate.now().plusDays(2).toString();
        robin.type("coupleForm:label", label);
        robin.type("coupleForm:nameA", "Kept Name");
        robin.type("coupleForm:emailA", "not-an-email");
        robin.type("coupleForm:discoveryDate", tomorrow);
        robin.clickAndWaitForPage("coupleForm:create");

        assertEquals("/therapist/couples/new.xhtml", robin.currentPath());
        assertTrue(robin.byId("coupleForm:emailA").findElement(By.xpath("following-sibling::*[contains(@class,'ui-message')]"))
                .getText().contains("Enter an email address"));
        assertTrue(robin.pageText().contains("This date cannot be in the future."), robin.pageText());
        assertTrue(robin.pageText().contains("Please fill this in."));
        assertEquals(label, robin.valueOf("coupleForm:label"));
        assertEquals("Kept Name", robin.valueOf("coupleForm:nameA"));
        assertEquals("not-an-email", robin.valueOf("coupleForm:emailA"));
        assertEquals(tomorrow, robin.valueOf("coupleForm:discoveryDate"));

        robin.open("/therapist/caseload.xhtml");
        robin.type("caseloadForm:search", label);
        robin.waitForAjax();
        robin.waitUntil(d -> d.findElement(By.id("caseloadForm:couples")).getText().contains("No couples match."));
    }

    @Test
    void aRuleBetweenFieldsIsShownAtTheFieldAndNothingIsSaved() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        robin.open("/therapist/couples/new.xhtml");
        String label = unique("Dates");
        robin.type("coupleForm:label", label);
        robin.type("coupleForm:nameA", "A");
        robin.type("coupleForm:emailA", "a@example.test");
        robin.type("coupleForm:nameB", "B");
        robin.type("coupleForm:emailB", "b@example.test");
        robin.type("coupleForm:discoveryDate", LocalDate.now().minusDays(5).toString());
        robin.type("coupleForm:startDate", LocalDate.now().minusDays(9).toString());
        robin.clickAndWaitForPage("coupleForm:create");

        assertTrue(robin.pageText().contains("Therapy cannot start before the date of discovery."), robin.pageText());
        assertEquals(label, robin.valueOf("coupleForm:label"));
        robin.open("/therapist/caseload.xhtml");
        robin.type("caseloadForm:search", label);
        robin.waitUntil(d -> d.findElement(By.id("caseloadForm:couples")).getText().contains("No couples match."));
    }

    @Test
    void anotherTherapistsCoupleInTheUrlIsNotFoundAndShowsNothingOfIt() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        String label = unique("Private");
        String coupleUrl = createCouple(robin, label, "Secret Partner", "Other Partner");
        String path = coupleUrl.substring(coupleUrl.indexOf("/therapist"));

        Browser sam = signedIn("sam", DEMO_PASSWORD);
        sam.open(path);
        assertTrue(sam.pageText().contains("This page does not exist, or you do not have access to it."), sam.pageText());
        assertFalse(sam.pageText().contains("Secret Partner"));
        assertFalse(sam.pageText().contains(label));

        sam.open("/therapist/couples/couple.xhtml?id=not-a-number");
        assertTrue(sam.pageText().contains("This page does not exist"));
        sam.open("/therapist/couples/couple.xhtml?id=999999999");
        assertTrue(sam.pageText().contains("This page does not exist"));
        assertEquals(404, server.status("/no-such-page.xhtml"));
    }

    @Test
    void aSecondEditorWithAStaleFormIsToldToReloadAndTheFirstChangeStays() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        String label = unique("Race");
        String coupleUrl = createCouple(robin, label, "A Race", "B Race");
        String path = coupleUrl.substring(coupleUrl.indexOf("/therapist"));
        robin.clickAjax("coupleForm:edit");

        Browser admin = signedIn("admin", DEMO_PASSWORD);
        admin.open(path);
        admin.clickAjax("coupleForm:edit");
        admin.type("coupleForm:summary", "Saved first by the admin.");
        admin.clickAjax("coupleForm:save");
        assertTrue(admin.pageText().contains("Your changes were saved."));

        robin.type("coupleForm:summary", "Saved second by Robin.");
        robin.clickAjax("coupleForm:save");
        assertTrue(robin.pageText().contains("Someone else changed this record after you opened it."), robin.pageText());
        assertEquals("Saved second by Robin.", robin.valueOf("coupleForm:summary"));

        robin.open(path);
        assertEquals("Saved first by the admin.", robin.byId("coupleSummary").getText());
    }
}
