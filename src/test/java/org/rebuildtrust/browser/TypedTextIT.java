package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What people type arrives as they typed it: accents, Chinese, Hebrew and Arabic (right to left) and emoji, through
 * full-page form posts (which carry no charset, unlike PrimeFaces' AJAX posts) as well as AJAX ones, and passwords
 * with such characters work at sign-in.
 */
class TypedTextIT extends BrowserTestSupport {

    /** Accents, CJK, right-to-left scripts and emoji (outside Unicode's basic plane). */
    static final String WORLD = "Zoë Müller-García 王小明 שלום مرحبا 🌱💬";

    @Test
    void aCoupleCreatedWithAFullPagePostKeepsEveryCharacterAndARefusedCreateReturnsTheFormUngarbled() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String label = "García & Müller " + run + " 🌱";
        String nameA = "José García " + run;
        String nameB = WORLD + " " + run;
        String summary = "Él dijo: «confío» — 她说：我们试试 — היא אמרה — 💬 " + run;
        Browser robin = signedIn("robin", DEMO_PASSWORD);

        robin.open("/therapist/couples/new.xhtml");
        robin.type("coupleForm:label", label);
        robin.type("coupleForm:nameA", nameA);
        robin.type("coupleForm:emailA", "jose-" + run + "@example.test");
        robin.type("coupleForm:nameB", nameB);
        robin.type("coupleForm:summary", summary);
        robin.clickAndWaitForPage("coupleForm:create"); // refused: partner B has no email address
        assertEquals("/therapist/couples/new.xhtml", robin.currentPath(), robin.pageText());
        assertEquals(label, robin.valueOf("coupleForm:label"), "the refused form comes back as typed");
        assertEquals(nameA, robin.valueOf("coupleForm:nameA"));
        assertEquals(nameB, robin.valueOf("coupleForm:nameB"));
        assertEquals(summary, robin.valueOf("coupleForm:summary"));

        robin.type("coupleForm:emailB", "zoe-" + run + "@example.test");
        robin.clickAndWaitForPage("coupleForm:create");
        assertTrue(robin.pageText().contains("Couple " + label + " was created."), robin.pageText());

        robin.open(robin.currentPathAndQuery());
        List<String> names = robin.all(By.cssSelector(".rb-partner-name")).stream().map(e -> e.getText()).toList();
        assertEquals(List.of(nameA, nameB), names, "stored and shown as typed");
        assertEquals(summary, robin.byId("coupleSummary").getText());
        assertEquals(label, robin.driver().getTitle().substring(0, label.length()), "the page title too");
    }

    @Test
    void aPasswordWithNonAsciiCharactersChosenThroughAnInvitationSignsInThroughTheSignInForm() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String password = "Grüße-aus-München-2026 שלום 🌱";
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        robin.open("/therapist/couples/new.xhtml");
        robin.type("coupleForm:label", "Invited " + run);
        robin.type("coupleForm:nameA", "Renée Invited");
        robin.type("coupleForm:emailA", "renee-" + run + "@example.test");
        robin.type("coupleForm:nameB", "Lou Invited");
        robin.type("coupleForm:emailB", "lou-" + run + "@example.test");
        robin.clickAndWaitForPage("coupleForm:create");
        robin.driver().findElements(By.cssSelector(".rb-invite")).get(0).click();
        robin.waitForAjax();
        String link = server.lastEmailedLink("welcome.xhtml");
        assertTrue(link != null, "the invitation email is in the outbox");
        // the last invitation (the server also writes reminder emails, every minute)
        List<String> invitations = server.emails().stream().filter(email -> email.contains("/welcome.xhtml?token=")).toList();
        assertTrue(invitations.get(invitations.size() - 1).contains("Renée"), "the email names the partner as typed");

        Browser renee = newBrowser();
        renee.openAddress(link);
        assertTrue(renee.byId("greeting").getText().contains("Hello Renée."), renee.pageText());
        renee.type("welcomeForm:loginName", "renee-" + run);
        renee.type("welcomeForm:password", password);
        renee.clickAndWaitForPage("welcomeForm:create");
        assertEquals("/login.xhtml", renee.currentPath(), renee.pageText());

        renee.signIn("renee-" + run, password);
        assertEquals("/portal/home.xhtml", renee.currentPath(), "the password works as it was chosen");
        assertEquals("Renée Invited", renee.byId("myName").getText());
        renee.signOut();
        renee.signIn("renee-" + run, "Grusse-aus-Munchen-2026 שלום 🌱");
        assertTrue(renee.pageText().contains("Wrong login or password."), "a look-alike password is not the password");
    }

    @Test
    void textOverALimitIsRefusedWithAMessageAtTheFieldAndStaysThereUncut() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Limits");

        // No limit in the page stops a hand-made request: a 10,000-character name is refused, not cut to 120.
        robin.clickAjax("coupleForm:edit");
        String huge = "N".repeat(10_000);
        robin.paste("coupleForm:nameA", huge);
        robin.clickAjax("coupleForm:save");
        assertTrue(robin.pageText().contains("Use at most 120 characters."), robin.pageText());
        assertEquals(huge, robin.valueOf("coupleForm:nameA"), "what was typed stays to be shortened");
        openCouple(robin, couple);
        assertEquals(couple.nameA(), robin.all(By.cssSelector(".rb-partner-name")).get(0).getText(), "nothing changed");

        // A partner pastes more than a milestone holds: the field says so before saving, and saving is refused.
        Browser partner = signedIn(couple.loginA(), PARTNER_PASSWORD);
        partner.open("/portal/milestones.xhtml");
        partner.choose("milestoneForm:kind", "Something else");
        String words = "We walked by the river and talked. ".repeat(17) + "The end.";
        assertTrue(words.length() > 500);
        partner.paste("milestoneForm:words", words);
        assertTrue(partner.byId("milestoneForm:words_limit").getText().contains(words.length() + " of 500 characters"),
                partner.byId("milestoneForm:words_limit").getText());
        partner.clickAjax("milestoneForm:log");
        assertTrue(partner.pageText().contains("Use at most 500 characters."), partner.pageText());
        assertEquals(words, partner.valueOf("milestoneForm:words"), "kept, not cut");
        assertTrue(partner.all(By.cssSelector("article.rb-milestone")).isEmpty(), "nothing was logged");
    }
}
