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
        Browser robin = newBrowser().signIn("robin", DEMO_PASSWORD);
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

        revised.findElement(By.cssSelector(".rb-archive")).click();
        robin.waitForAjax();
        assertTrue(robin.pageText().contains("was archived"));
        assertTrue(robin.all(By.cssSelector(".rb-template-title")).stream().noneMatch(t -> t.getText().equals(title)));
    }

    @Test
    void aTemplateWithOnePromptIsRefusedAndKeepsWhatWasTyped() {
        Browser robin = newBrowser().signIn("robin", DEMO_PASSWORD);
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
}
