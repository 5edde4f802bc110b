package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out, and what each kind of person may open. */
class SignInAndPortalIT extends BrowserTestSupport {

    @Test
    void theReadinessCheckAnswersUpAndIncludesTheDatabase() {
        assertEquals(200, server.status("/health/ready"));
        String body = server.body("/health/ready");
        assertTrue(body.contains("\"name\":\"database\"") && body.contains("\"status\":\"UP\""), body);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        Browser browser = newBrowser().signIn("robin", "not-the-password");
        assertEquals("/login.xhtml", browser.currentPath());
        assertTrue(browser.pageText().contains("Wrong login or password."));
        assertEquals("robin", browser.valueOf("loginForm:loginName"));

        browser.signIn("nobody-by-this-name", "not-the-password");
        assertTrue(browser.pageText().contains("Wrong login or password."));
        browser.open("/therapist/caseload.xhtml");
        assertEquals("/login.xhtml", browser.currentPath());
    }

    @Test
    void aClientSeesTheirOwnPortalAndNoTherapistOrAdminPage() {
        Browser alex = newBrowser().signIn("alex", DEMO_PASSWORD);
        assertEquals("/portal/home.xhtml", alex.currentPath());
        assertEquals("Alex Rivera", alex.byId("myName").getText());
        assertEquals("Rivera & Chen (demo)", alex.byId("coupleLabel").getText());
        assertEquals("Jordan Chen", alex.byId("partnerName").getText());
        assertEquals("Dr. Robin Vale", alex.byId("therapistName").getText());

        alex.open("/therapist/caseload.xhtml");
        assertTrue(alex.pageText().contains("This page does not exist, or you do not have access to it."));
        assertFalse(alex.pageText().contains("Okonkwo"));
        alex.open("/admin/accounts.xhtml");
        assertTrue(alex.pageText().contains("This page does not exist"));
    }

    @Test
    void aTherapistCannotOpenThePortalOrAdministration() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        robin.open("/portal/home.xhtml");
        assertTrue(robin.pageText().contains("This page does not exist"));
        robin.open("/admin/therapists.xhtml");
        assertTrue(robin.pageText().contains("This page does not exist"));
    }

    @Test
    void signingOutEndsTheSessionAndSigningInGivesANewSessionId() {
        Browser casey = newBrowser();
        casey.open("/login.xhtml");
        String before = casey.driver().manage().getCookieNamed("JSESSIONID").getValue();
        casey.signIn("casey", DEMO_PASSWORD);
        String after = casey.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertFalse(before.equals(after), "the session id changes at sign-in");
        assertTrue(casey.driver().manage().getCookieNamed("JSESSIONID").isHttpOnly());
        assertEquals("Lax", casey.driver().manage().getCookieNamed("JSESSIONID").getSameSite());

        casey.signOut();
        assertEquals("/login.xhtml", casey.currentPath());
        casey.open("/portal/home.xhtml");
        assertEquals("/login.xhtml", casey.currentPath());
    }

    @Test
    void partnersSharingAnEmailAddressEachSignInToTheirOwnPortal() {
        Browser casey = newBrowser().signIn("casey", DEMO_PASSWORD);
        Browser riley = newBrowser().signIn("riley", DEMO_PASSWORD);
        assertEquals("Casey Okonkwo", casey.byId("myName").getText());
        assertEquals("Riley Lindqvist", riley.byId("myName").getText());
        assertEquals(casey.byId("coupleLabel").getText(), riley.byId("coupleLabel").getText());
    }
}
