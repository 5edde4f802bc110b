package org.rebuildtrust.homework;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.shared.BusinessRuleException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TemplateEditingTest {

    @Test
    void everyKindOfPromptCanBeAddedWithSensibleLimits() {
        Template draft = Template.draft();
        draft.addPrompt(PromptKind.YES_NO);
        draft.addPrompt(PromptKind.LIST);
        draft.addPrompt(PromptKind.SCALE);
        assertNull(draft.getPrompts().get(2).getMaxLength());
        assertEquals(200, draft.getPrompts().get(3).getMaxLength());
        assertEquals(Prompt.MAX_TEXT_LENGTH, draft.getPrompts().get(0).getMaxLength(), "a written answer may be a letter");
    }

    @Test
    void aTemplateHoldsAtMostEightPrompts() {
        Template draft = Template.draft();
        for (int i = 2; i < Template.MAX_PROMPTS; i++) {
            draft.addPrompt(PromptKind.TEXT);
        }
        assertEquals("template.promptCount",
                assertThrows(BusinessRuleException.class, () -> draft.addPrompt(PromptKind.TEXT)).getMessageKey());
    }

    @Test
    void promptsMoveWithinBoundsAndChecklistOptionsAreOnePerLine() {
        Template draft = Template.draft();
        draft.getPrompts().get(0).setQuestion("first");
        draft.getPrompts().get(1).setQuestion("second");
        draft.movePrompt(0, 1);
        assertEquals("second", draft.getPrompts().get(0).getQuestion());
        draft.movePrompt(0, -1);
        assertEquals("second", draft.getPrompts().get(0).getQuestion());

        Prompt checklist = Prompt.blank(PromptKind.CHECKLIST);
        checklist.setOptionLines("Phone open\n\n  Calendar shared \nA|B");
        assertEquals(java.util.List.of("Phone open", "Calendar shared", "A/B"), checklist.optionList());
        assertEquals("Phone open\nCalendar shared\nA/B", checklist.getOptionLines());
    }
}
