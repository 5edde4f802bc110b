package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rebuildtrust.testsupport.AuthenticatorApp;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A therapist sets up two-factor sign-in and signs in with a code; a practice that requires it makes staff set it up. */
class TwoFactorIT extends BrowserTestSupport {

    /** The code an authenticator app would show, some 30-second steps from now. */
    private static String appCode(String secret, int stepsFromNow) {
        return AuthenticatorApp.code(secret, Instant.now(), stepsFromNow);
    }


    private static void toggleRequirement(Browser admin) {
        admin.driver().findElement(By.cssSelector("[id='practiceSecurityForm:requireTwoFactor'] .ui-chkbox-box")).click();
        admin.clickAjax("practiceSecurityForm:saveTwoFactor");
    }

    @Test
    void aTherapistSetsUpTwoFactorSignInAndThenSignsInWithACode() {
        Browser admin = signedIn("admin", DEMO_PASSWORD);
        String login = newTherapist(admin, "two factors are better");
        Browser therapist = signedIn(login, "two factors are better");
        therapist.open("/account/two-factor.xhtml");
        therapist.clickAjax("twoFactorForm:start");
        assertTrue(therapist.driver().findElement(By.cssSelector("img.rb-qr")).getAttribute("src").startsWith("data:image/png;base64,"));
        String secret = therapist.byId("secret").getText().strip();
        therapist.type("twoFactorForm:code", "000000");
        therapist.clickAjax("twoFactorForm:confirm");
        assertTrue(therapist.pageText().contains("That code is not right."), therapist.pageText());
        therapist.type("twoFactorForm:code", appCode(secret, 0));
        therapist.clickAjax("twoFactorForm:confirm");
        assertTrue(therapist.pageText().contains("Two-factor sign-in is on."), therapist.pageText());
        assertEquals(10, therapist.all(By.cssSelector("#recoveryCodes li")).size());
        therapist.signOut();

        therapist.signIn(login, "two factors are better");
        assertEquals("/login.xhtml", therapist.currentPath(), "the password alone is not enough");
        therapist.type("codeForm:code", "123456");
        therapist.clickAndWaitForPage("codeForm:verify");
        assertTrue(therapist.pageText().contains("That code is not right."), therapist.pageText());
        therapist.type("codeForm:code", appCode(secret, 1));
        therapist.clickAndWaitForPage("codeForm:verify");
        assertEquals("/therapist/caseload.xhtml", therapist.currentPath());
    }

    @Test
    void whereThePracticeRequiresItStaffMustSetItUpBeforeAnythingElse() {
        Browser admin = signedIn("admin", DEMO_PASSWORD);
        String login = newTherapist(admin, "required factors here");
        admin.open("/admin/accounts.xhtml");
        toggleRequirement(admin);
        assertTrue(admin.pageText().contains("The setting is saved."), admin.pageText());
        try {
            Browser therapist = newBrowser().signIn(login, "required factors here");
            assertEquals("/account/two-factor.xhtml", therapist.currentPath());
            assertTrue(therapist.pageText().contains("Your practice requires two-factor sign-in"), therapist.pageText());
            therapist.open("/therapist/caseload.xhtml");
            assertEquals("/account/two-factor.xhtml", therapist.currentPath(), "nothing else until it is set up");

            therapist.clickAjax("twoFactorForm:start");
            therapist.type("twoFactorForm:code", appCode(therapist.byId("secret").getText().strip(), 0));
            therapist.clickAjax("twoFactorForm:confirm");
            assertTrue(therapist.pageText().contains("Two-factor sign-in is on."), therapist.pageText());
            therapist.open("/therapist/caseload.xhtml");
            assertEquals("/therapist/caseload.xhtml", therapist.currentPath());
        } finally {
            admin.open("/admin/accounts.xhtml");
            toggleRequirement(admin);
        }
    }
}
