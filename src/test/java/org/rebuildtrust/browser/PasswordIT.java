package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forgotten password reset by emailed link (the demo server writes its emails to its outbox folder, where the test
 * reads the link), and a changed password ending the account's other sessions.
 */
class PasswordIT extends BrowserTestSupport {

    /** The newest reset link, once its email is written: that happens off the request thread, after the answer. */
    private String lastResetLink() throws IOException {
        String last = server.lastEmailedLink("reset.xhtml");
        for (int i = 0; i < 100 && last == null; i++) {
            sleep();
            last = server.lastEmailedLink("reset.xhtml");
        }
        assertTrue(last != null, "the reset email is in the outbox");
        return last;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    @Test
    void aForgottenPasswordIsResetByTheEmailedLinkWhichWorksOnce() throws IOException {
        String login = newTherapist(signedIn("admin", DEMO_PASSWORD), "the first password ever");
        Browser therapist = newBrowser();
        therapist.open("/login.xhtml");
        therapist.clickAndWaitForPage("loginForm:forgot");
        therapist.type("forgotForm:loginName", login);
        therapist.clickAjax("forgotForm:sendLink");
        assertTrue(therapist.pageText().contains("If we know this login name"), therapist.pageText());
        String link = lastResetLink();

        Browser unknown = newBrowser().open("/forgot.xhtml");
        unknown.type("forgotForm:loginName", "nobody-" + login);
        unknown.clickAjax("forgotForm:sendLink");
        assertTrue(unknown.pageText().contains("If we know this login name"), "the same answer for an unknown login");

        therapist.openAddress(link);
        therapist.type("resetForm:password", "short");
        therapist.clickAjax("resetForm:setPassword");
        assertTrue(therapist.pageText().contains("A password needs 12 to 128 characters."), therapist.pageText());
        therapist.type("resetForm:password", "a second, better password");
        therapist.clickAndWaitForPage("resetForm:setPassword");
        assertEquals("/login.xhtml", therapist.currentPath());
        assertTrue(therapist.pageText().contains("Your new password is saved"), therapist.pageText());
        therapist.signIn(login, "a second, better password");
        assertEquals("/therapist/caseload.xhtml", therapist.currentPath());

        Browser replay = newBrowser();
        replay.openAddress(link);
        assertTrue(replay.pageText().contains("This link is not valid any more"), replay.pageText());
    }

    @Test
    void changingYourPasswordSignsOutYourOtherSessionsButNotThisOne() {
        String login = newTherapist(signedIn("admin", DEMO_PASSWORD), "the original password");
        Browser laptop = newBrowser().signIn(login, "the original password");
        Browser phone = newBrowser().signIn(login, "the original password");
        assertEquals("/therapist/caseload.xhtml", phone.currentPath());

        laptop.open("/account/password.xhtml");
        laptop.type("passwordForm:currentPassword", "not the password");
        laptop.type("passwordForm:newPassword", "a changed password now");
        laptop.clickAjax("passwordForm:change");
        assertTrue(laptop.pageText().contains("That is not your current password."), laptop.pageText());
        laptop.type("passwordForm:currentPassword", "the original password");
        laptop.type("passwordForm:newPassword", "a changed password now");
        laptop.clickAjax("passwordForm:change");
        assertTrue(laptop.pageText().contains("Your password is changed."), laptop.pageText());

        laptop.open("/therapist/caseload.xhtml");
        assertEquals("/therapist/caseload.xhtml", laptop.currentPath(), "this session goes on");
        phone.open("/therapist/caseload.xhtml");
        assertEquals("/login.xhtml", phone.currentPath(), "the other session ended");
    }
}
