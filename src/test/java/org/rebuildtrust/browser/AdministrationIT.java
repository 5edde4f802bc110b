package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The practice admin manages therapists and accounts. */
class AdministrationIT extends BrowserTestSupport {

    private WebElement accountRow(Browser admin, String loginName) {
        return admin.driver().findElement(By.cssSelector("tr.rb-account-" + loginName));
    }

    @Test
    void anAdminAddsATherapistWhoCanSignInUntilDeactivatedAndAPasswordResetWorks() {
        String login = "t" + UUID.randomUUID().toString().substring(0, 8);
        Browser admin = signedIn("admin", DEMO_PASSWORD);
        admin.open("/admin/therapists.xhtml");
        admin.type("therapistForm:displayName", "Dr. Test " + login);
        admin.type("therapistForm:loginName", login);
        admin.type("therapistForm:password", "short");
        admin.clickAjax("therapistForm:create");
        assertTrue(admin.pageText().contains("Use at most 128 characters.") || admin.pageText().contains("12"), admin.pageText());
        assertEquals(login, admin.valueOf("therapistForm:loginName"));

        admin.type("therapistForm:password", "a long first password");
        admin.clickAjax("therapistForm:create");
        assertTrue(admin.pageText().contains("Therapist Dr. Test " + login + " was added."), admin.pageText());
        assertTrue(admin.byId("therapists").getText().contains(login));

        Browser therapist = newBrowser().signIn(login, "a long first password");
        assertEquals("/therapist/caseload.xhtml", therapist.currentPath());
        therapist.signOut();

        admin.open("/admin/accounts.xhtml");
        accountRow(admin, login).findElement(By.cssSelector(".rb-reset")).click();
        admin.waitForAjax();
        admin.type("passwordForm:password", "a brand new password");
        admin.clickAjax("passwordForm:setPassword");
        assertTrue(admin.pageText().contains("A new password was set for " + login + "."), admin.pageText());

        therapist.signIn(login, "a long first password");
        assertTrue(therapist.pageText().contains("Wrong login or password."));
        therapist.signIn(login, "a brand new password");
        assertEquals("/therapist/caseload.xhtml", therapist.currentPath());
        therapist.signOut();

        accountRow(admin, login).findElement(By.cssSelector(".rb-deactivate")).click();
        admin.waitForAjax();
        assertTrue(admin.pageText().contains("The account " + login + " was deactivated."));
        therapist.signIn(login, "a brand new password");
        assertTrue(therapist.pageText().contains("Wrong login or password."));
    }

    @Test
    void aTakenLoginNameIsRefusedAtTheField() {
        Browser admin = signedIn("admin", DEMO_PASSWORD);
        admin.open("/admin/therapists.xhtml");
        admin.type("therapistForm:displayName", "Duplicate Robin");
        admin.type("therapistForm:loginName", "ROBIN");
        admin.type("therapistForm:password", "a long enough password");
        admin.clickAjax("therapistForm:create");
        assertTrue(admin.pageText().contains("This login name is already in use."), admin.pageText());
    }
}
