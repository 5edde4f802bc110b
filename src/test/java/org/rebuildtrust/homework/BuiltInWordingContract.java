package org.rebuildtrust.homework;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.shared.Language;
import org.rebuildtrust.testsupport.DatabaseContract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in templates as partners read them: the English bundle repeats the migrated rows word for word (so an
 * English page reads the same from either), and every built-in row of the database has its words in Spanish.
 */
abstract class BuiltInWordingContract extends DatabaseContract {

    private List<Template> builtIns() {
        return jpa.inTransaction(() -> jpa.em()
                .createQuery("SELECT t FROM Template t WHERE t.practice IS NULL ORDER BY t.id", Template.class)
                .getResultList().stream().peek(t -> t.getPrompts().size()).toList());
    }

    @Test
    void theEnglishBundleRepeatsEveryBuiltInRowWordForWord() {
        ResourceBundle english = ResourceBundle.getBundle(TemplateWording.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        List<String> differing = new ArrayList<>();
        List<Template> templates = builtIns();
        assertTrue(templates.size() >= 13, "the migrated library");
        for (Template template : templates) {
            same(english, "template." + template.getId() + ".title", template.getTitle(), differing);
            same(english, "template." + template.getId() + ".purpose", template.getPurpose(), differing);
            same(english, "template." + template.getId() + ".instructions", template.getInstructions(), differing);
            for (Prompt prompt : template.getPrompts()) {
                String key = "prompt." + prompt.getId();
                same(english, key + ".question", prompt.getQuestion(), differing);
                same(english, key + ".help", prompt.getHelp(), differing);
                same(english, key + ".low", prompt.getLowLabel(), differing);
                same(english, key + ".high", prompt.getHighLabel(), differing);
                same(english, key + ".options", prompt.optionList().isEmpty() ? null
                        : String.join(Prompt.OPTION_SEPARATOR, prompt.optionList()), differing);
            }
        }
        assertEquals(List.of(), differing);
    }

    @Test
    void everyBuiltInTemplateReadsInSpanishAndAChecklistKeepsItsStoredOptions() {
        TemplateWording spanish = TemplateWording.in(Language.SPANISH.locale());
        TemplateWording english = TemplateWording.in(Locale.ENGLISH);
        List<String> untranslated = new ArrayList<>();
        for (Template template : builtIns()) {
            if (spanish.title(template).equals(template.getTitle())
                    || spanish.instructions(template).equals(template.getInstructions())) {
                untranslated.add("template " + template.getId());
            }
            assertEquals(template.getTitle(), english.title(template));
            for (Prompt prompt : template.getPrompts()) {
                if (spanish.question(prompt).equals(prompt.getQuestion())) {
                    untranslated.add("prompt " + prompt.getId());
                }
                for (String option : prompt.optionList()) {
                    String label = spanish.option(prompt, option);
                    assertNotEquals("", label);
                    assertEquals(option, english.option(prompt, option), "English labels are the stored options");
                }
            }
        }
        assertEquals(List.of(), untranslated);
        Prompt feelings = builtIns().get(0).getPrompts().stream().filter(p -> p.getKind() == PromptKind.CHECKLIST)
                .findFirst().orElseThrow();
        assertEquals(spanish.option(feelings, "Hurt") + "\n" + spanish.option(feelings, "Numb"),
                spanish.checklistAnswer(feelings, "Hurt\nNumb"), "a stored answer keeps its options, shown in Spanish");
        assertNotEquals("Hurt", spanish.option(feelings, "Hurt"));
    }

    private static void same(ResourceBundle bundle, String key, String stored, List<String> differing) {
        String inBundle = bundle.containsKey(key) ? bundle.getString(key) : null;
        if (!java.util.Objects.equals(stored, inBundle)) {
            differing.add(key);
        }
    }
}
