package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A therapist adapts a built-in template: copies it, changes its prompts, saves, revises, archives. */
class LibraryIT extends BrowserTestSupport {

    private static WebElement card(Browser browser, String title) {
        return browser.all(By.cssSelector("article.rb-template")).stream()
                .filter(c -> c.findElement(By.cssSelector(".rb-template-title")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no template card " + title));
    }

    @Test
    void aCopiedTemplateIsEditedRevisedAndArchived() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        robin.open("/therapist/library/index.xhtml");
        assertTrue(robin.pageText().contains("The five key steps"));
        assertTrue(robin.pageText().contains("Accountability"));
        assertTrue(robin.pageText().contains("Rebuilding together"));

        card(robin, "Thinking about forgiveness").findElement(By.cssSelector(".rb-preview a")).click();
        robin.waitForAjax();
        assertTrue(robin.pageText().contains("This is how a partner sees the template."));
        assertFalse(robin.all(By.cssSelector(".rb-prompt")).isEmpty());

        robin.open("/therapist/library/index.xhtml");
        card(robin, "Thinking about forgiveness").findElement(By.cssSelector(".rb-copy a")).click();
        robin.waitForAjax();
        String title = unique("Forgiveness, our way");
        robin.type("templateForm:title", title);
        int promptsBefore = robin.all(By.cssSelector(".rb-prompt-editor")).size();
        robin.choose("templateForm:newPromptKind", "Yes or no");
        robin.clickAjax("templateForm:addPrompt");
        robin.waitUntil(d -> d.findElements(By.cssSelector(".rb-prompt-editor")).size() == promptsBefore + 1);
        List<WebElement> editors = robin.all(By.cssSelector(".rb-prompt-editor"));
        assertEquals(promptsBefore + 1, editors.size());
        assertEquals(title, robin.valueOf("templateForm:title"), "adding a prompt keeps what was typed");
        WebElement question = editors.get(editors.size() - 1).findElement(By.cssSelector("input[id$=':question']"));
        question.sendKeys("Did you talk about this together this week?");
        robin.clickAndWaitForPage("templateForm:save");

        assertTrue(robin.pageText().contains("The template " + title + " was saved."), robin.pageText());
        WebElement own = card(robin, title);
        assertTrue(own.getText().contains("Your practice"));
        assertTrue(own.getText().contains((promptsBefore + 1) + " prompts"));

        String firstRevision = own.findElement(By.cssSelector(".rb-edit a")).getAttribute("href");
        own.findElement(By.cssSelector(".rb-edit a")).click();
        robin.waitForAjax();
        assertTrue(robin.pageText().contains("Saving makes a new revision"));
        List<WebElement> removes = robin.all(By.cssSelector(".rb-remove-prompt"));
        removes.get(removes.size() - 1).click();
        robin.waitUntil(d -> d.findElements(By.cssSelector(".rb-prompt-editor")).size() == promptsBefore);
        robin.clickAndWaitForPage("templateForm:save");
        WebElement revised = card(robin, title);
        assertTrue(revised.getText().contains("Revision 2"), revised.getText());
        assertTrue(revised.getText().contains(promptsBefore + " prompts"));

        // The first revision's Edit link (a stale page, a bookmark) says a newer revision exists and leads to it.
        robin.openAddress(firstRevision);
        assertTrue(robin.byId("newerRevision").getText().contains("This is revision 1 of \"" + title + "\". A newer revision, 2, exists"),
                robin.pageText());
        List<WebElement> revisions = robin.all(By.cssSelector("#revisions .rb-revision"));
        assertEquals(2, revisions.size());
        assertTrue(revisions.get(0).getText().startsWith("Revision 2, saved") && revisions.get(0).getText().endsWith("(current)"),
                revisions.get(0).getText());
        robin.clickLink("Edit the newest revision");
        assertEquals(title, robin.valueOf("templateForm:title"));
        assertEquals(promptsBefore, robin.all(By.cssSelector(".rb-prompt-editor")).size(), "the newest revision's prompts");
        robin.open("/therapist/library/index.xhtml");
        revised = card(robin, title);

        revised.findElement(By.cssSelector(".rb-archive")).click();
        robin.waitForAjax();
        assertTrue(robin.pageText().contains("was archived"));
        assertTrue(robin.all(By.cssSelector(".rb-template-title")).stream().noneMatch(t -> t.getText().equals(title)));
    }

    @Test
    void aTemplateWithOnePromptIsRefusedAndKeepsWhatWasTyped() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        robin.open("/therapist/library/template.xhtml");
        String title = unique("Lonely prompt");
        robin.type("templateForm:title", title);
        robin.all(By.cssSelector(".rb-remove-prompt")).get(0).click();
        robin.waitUntil(d -> d.findElements(By.cssSelector(".rb-prompt-editor")).size() == 1);
        robin.choose("templateForm:step", "Forgiveness");
        robin.type("templateForm:purpose", "Why");
        robin.type("templateForm:instructions", "How");
        robin.driver().findElement(By.cssSelector(".rb-prompt-editor input[id$=':question']")).sendKeys("Only question");
        robin.clickAjax("templateForm:save");
        assertTrue(robin.pageText().contains("A template has 2 to 8 prompts."), robin.pageText());
        assertEquals(title, robin.valueOf("templateForm:title"));
    }

    @Test
    void aTherapistBuildsAProgramOfTheirOwnFromTemplatesAndGivesIt() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Program");
        robin.open("/therapist/library/index.xhtml");
        robin.clickLink("New program");
        String title = unique("Our six weeks");
        robin.type("programForm:title", title);
        robin.type("programForm:description", "Forgiveness first, then a check-in two weeks on.");
        chooseStepTemplate(robin, 0, "Thinking about forgiveness");
        robin.clickAjax("programForm:addStep");
        robin.waitUntil(d -> d.findElements(By.cssSelector(".rb-program-step")).size() == 2);
        chooseStepTemplate(robin, 1, "Weekly check-in");
        WebElement secondDay = robin.all(By.cssSelector(".rb-program-step input[id$=':offset_input']")).get(1);
        robin.type(secondDay.getAttribute("id").replace("_input", ""), "14");
        robin.clickAndWaitForPage("programForm:save");
        assertTrue(robin.pageText().contains("The program " + title + " was saved."), robin.pageText());
        WebElement program = robin.all(By.cssSelector("article.rb-program")).stream()
                .filter(c -> c.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(program.getText().contains("Thinking about forgiveness, day 0"), program.getText());
        assertTrue(program.getText().contains("Weekly check-in, day 14"), program.getText());

        openCouple(robin, couple);
        robin.driver().findElement(By.cssSelector("#giveHomework a, a#giveHomework")).click();
        robin.waitForAjax();
        robin.clickLabel("A program of templates");
        robin.choose("assignForm:program", title);
        robin.clickLabel("Each partner, separately");
        robin.clickLabel("Private: only you and your therapist will see your answers.");
        java.time.LocalDate first = java.time.LocalDate.now().plusDays(3);
        robin.type("assignForm:dueDate", first.toString());
        robin.clickAndWaitForPage("assignForm:assign");
        assertTrue(robin.pageText().contains("Homework given (2 assignments)."), robin.pageText());
        String homework = robin.byId("assignments").getText();
        assertTrue(homework.contains("Thinking about forgiveness") && homework.contains(shown(first)), homework);
        assertTrue(homework.contains("Weekly check-in") && homework.contains(shown(first.plusDays(14))), homework);
    }

    /**
     * Chooses a step's template by the start of its label ("Title (Step)"). The menu's options come with its opening;
     * their text is read as the page holds it, whether or not the panel has finished fading in (until then Selenium
     * reads a hidden option's text as empty).
     */
    private static void chooseStepTemplate(Browser robin, int step, String title) {
        WebElement menu = robin.all(By.cssSelector(".rb-program-step .ui-selectonemenu")).get(step);
        robin.chooseStartingWith(menu.getAttribute("id"), title + " (");
    }
}
