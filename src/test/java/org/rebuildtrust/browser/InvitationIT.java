package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A therapist invites a partner by email; the partner follows the link, chooses a login and signs in. The test server
 * runs the demo without an SMTP server, so the email is written to its outbox folder, where the test reads the link.
 */
class InvitationIT extends BrowserTestSupport {

    private String lastInvitationLink() throws IOException {
        String last = server.lastEmailedLink("welcome.xhtml");
        assertTrue(last != null, "the invitation email is in the outbox");
        return last;
    }

    @Test
    void anInvitedPartnerChoosesTheirLoginFromTheLinkAndTheLinkWorksOnce() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        robin.open("/therapist/couples/new.xhtml");
        robin.type("coupleForm:label", "Invited " + run);
        robin.type("coupleForm:nameA", "Pat Invited");
        robin.type("coupleForm:emailA", "pat-" + run + "@example.test");
        robin.type("coupleForm:nameB", "Lou Invited");
        robin.type("coupleForm:emailB", "lou-" + run + "@example.test");
        robin.clickAndWaitForPage("coupleForm:create");
        robin.driver().findElements(org.openqa.selenium.By.cssSelector(".rb-invite")).get(0).click();
        robin.waitForAjax();
        assertTrue(robin.pageText().contains("An invitation was sent to pat-" + run + "@example.test."), robin.pageText());
        assertTrue(robin.pageText().contains("Invitation sent, open until"), robin.pageText());
        String link = lastInvitationLink();

        Browser pat = newBrowser();
        pat.openAddress(link);
        assertTrue(pat.byId("greeting").getText().contains("Hello Pat."), pat.pageText());
        pat.type("welcomeForm:loginName", "pat-" + run);
        pat.type("welcomeForm:password", "password");
        pat.clickAjax("welcomeForm:create");
        assertTrue(pat.pageText().contains("A password needs 12 to 128 characters."), pat.pageText());
        assertEquals("pat-" + run, pat.valueOf("welcomeForm:loginName"), "what was typed is kept");
        pat.type("welcomeForm:password", "my own quiet evening");
        pat.clickAndWaitForPage("welcomeForm:create");
        assertEquals("/login.xhtml", pat.currentPath());
        assertTrue(pat.pageText().contains("Your login is ready."), pat.pageText());
        pat.signIn("pat-" + run, "my own quiet evening");
        assertEquals("/portal/home.xhtml", pat.currentPath());

        Browser again = newBrowser();
        again.openAddress(link);
        assertTrue(again.pageText().contains("This invitation link is not valid any more"), again.pageText());
        assertTrue(again.all(org.openqa.selenium.By.id("welcomeForm:create")).isEmpty(), "no form for a used link");
    }
}
