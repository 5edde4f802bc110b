package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's intake answered alone: a yes on the safety screen raises a flag the therapist sees first, which holds
 * back joint homework until the therapist records a decision, and which the other partner never sees, not even in a
 * page's source.
 */
class IntakeIT extends BrowserTestSupport {

    private static void answer(Browser partner, String question, boolean yes) {
        List<WebElement> choices = partner.all(By.cssSelector("[id='intakeForm:" + question + "'] .ui-radiobutton-box"));
        choices.get(yes ? 0 : 1).click();
    }

    private static void giveTogether(Browser therapist, OwnCouple couple) {
        therapist.open("/therapist/couples/assign.xhtml?couple=" + coupleIdOf(couple));
        therapist.chooseStartingWith("assignForm:template", "Our new agreements");
        therapist.clickLabel("Both together, one joint answer");
        therapist.type("assignForm:dueDate", LocalDate.now().plusDays(10).toString());
        therapist.clickAndWaitForPage("assignForm:assign");
    }

    @Test
    void aFearfulScreenRaisesAFlagOnlyTheTherapistSeesWhichHoldsJointHomeworkUntilADecision() throws Exception {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Safety");
        String story = "Er hat mir gedroht, als ich die Nachrichten fand — ّلا أشعر بالأمان 😶";
        String screenWords = "I cannot speak freely when " + couple.nameA() + " is in the room";

        Browser hal = signedIn(couple.loginB(), PARTNER_PASSWORD).open("/portal/home.xhtml");
        assertTrue(hal.byId("intakeStatus").getText().contains("before your joint work starts"), hal.pageText());
        hal.open("/portal/intake.xhtml");
        hal.type("intakeForm:story", story);
        answer(hal, "violence", false);
        answer(hal, "threats", true);
        answer(hal, "control", false);
        hal.clickAjax("intakeForm:submitIntake");
        assertTrue(hal.pageText().contains("Please answer this question before you send your intake."), hal.pageText());
        assertEquals(story, hal.valueOf("intakeForm:story"), "what was typed is kept");
        answer(hal, "fear", true);
        hal.type("intakeForm:screenWords", screenWords);
        hal.clickAjax("intakeForm:submitIntake");
        assertTrue(hal.pageText().contains("Your intake was sent to your therapist."), hal.pageText());

        // Ada never sees any of it: not on her pages, not in their source
        HttpCaller ada = new HttpCaller(server).signIn(couple.loginA(), PARTNER_PASSWORD);
        for (String page : List.of("/portal/home.xhtml", "/portal/intake.xhtml", "/portal/report.xhtml",
                "/portal/accountability.xhtml", "/portal/milestones.xhtml")) {
            String source = ada.get(page).body();
            for (String secret : List.of("Er hat mir gedroht", "speak freely", "Safety flag", "safety flag", couple.nameB() + "'s screen")) {
                assertFalse(source.contains(secret), page + " shows '" + secret + "' to the other partner");
            }
        }

        // the therapist: the flag first on the couple page, and on the caseload
        robin.open(couple.page());
        WebElement first = robin.driver().findElement(By.cssSelector("main .rb-card"));
        assertEquals("safety", first.getAttribute("id"), "the safety flag comes first");
        assertTrue(first.getText().contains(couple.nameB()), first.getText());
        assertFalse(robin.byId("intakes").getText().contains(screenWords), "an intake is shown when opened, not before");
        robin.clickAjax(robin.driver().findElement(By.cssSelector("[id$=':showIntake']")).getAttribute("id"));
        assertTrue(robin.byId("intakes").getText().contains(screenWords), robin.byId("intakes").getText());

        giveTogether(robin, couple);
        assertTrue(robin.pageText().contains("A partner's safety screen waits for your decision"), robin.pageText());
        assertFalse(robin.pageText().contains("Homework given"), "nothing was given");

        robin.open(couple.page());
        robin.clickAjax(robin.driver().findElement(By.cssSelector("[id$=':recordDecision']")).getAttribute("id"));
        assertTrue(robin.pageText().contains("Write what you decided."), robin.pageText());
        robin.type("safetyForm:decisionNote", "Individual sessions first; a safety plan with Hal. Joint work after.");
        robin.clickAjax(robin.driver().findElement(By.cssSelector("[id$=':recordDecision']")).getAttribute("id"));
        assertTrue(robin.pageText().contains("Your decision is recorded."), robin.pageText());
        assertTrue(robin.byId("safety").getText().contains("a safety plan with Hal"), robin.byId("safety").getText());

        giveTogether(robin, couple);
        assertTrue(robin.pageText().contains("Homework given (1 assignment)."), robin.pageText());
    }
}
