package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out, and what each kind of person may open. */
class SignInAndPortalIT extends BrowserTestSupport {

    /**
     * The sign-in page keeps nothing on the server for an anonymous visitor: neither its view nor a refused try makes a
     * session (thousands of such visits a minute would otherwise fill the memory); signing in does, and works.
     */
    @Test
    void theSignInPageAndARefusedTryMakeNoSessionAndSigningInMakesOne() throws Exception {
        HttpCaller visitor = new HttpCaller(server);
        assertTrue(visitor.get("/login.xhtml").body().contains("loginForm:password"), "the sign-in page");
        assertEquals(null, visitor.sessionId(), "no session for looking at it");
        assertTrue(visitor.sendSignIn("alex", "not the password at all").body().contains("Wrong login or password."));
        assertEquals(null, visitor.sessionId(), "no session for a refused try");
        visitor.signIn("alex", DEMO_PASSWORD);
        assertTrue(visitor.sessionId() != null, "a session once signed in");
        assertTrue(visitor.get("/portal/home.xhtml").body().contains("Alex"), "and the portal answers in it");
    }

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
        casey.open("/forgot.xhtml"); // a page that keeps a session for an anonymous visitor (the sign-in page keeps none)
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
