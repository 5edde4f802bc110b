package org.rebuildtrust.homework;

import org.rebuildtrust.shared.Texts;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words of a template as a partner reads them, in the partner's language. The built-in templates are written in
 * every language of the portal: their text in the database is the English one, and the bundle
 * {@code org.rebuildtrust.i18n.builtin} holds it in each language (keyed by template and prompt id; its English file
 * repeats the database word for word, which a test checks). A practice's own templates are shown as their therapist
 * wrote them. Checklist answers keep the stored (English) option, so a therapist reads every answer alike; only its
 * label is translated.
 */
public final class TemplateWording {

    static final String BUNDLE = "org.rebuildtrust.i18n.builtin";

    private final ResourceBundle bundle;

    private TemplateWording(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static TemplateWording in(Locale locale) {
        return new TemplateWording(Texts.bundle(BUNDLE, locale));
    }

    public String title(Template template) {
        return word(template, "template." + template.getId() + ".title", template.getTitle());
    }

    public String purpose(Template template) {
        return word(template, "template." + template.getId() + ".purpose", template.getPurpose());
    }

    public String instructions(Template template) {
        return word(template, "template." + template.getId() + ".instructions", template.getInstructions());
    }

    public String question(Prompt prompt) {
        return word(prompt.getTemplate(), "prompt." + prompt.getId() + ".question", prompt.getQuestion());
    }

    public String help(Prompt prompt) {
        return word(prompt.getTemplate(), "prompt." + prompt.getId() + ".help", prompt.getHelp());
    }

    public String lowLabel(Prompt prompt) {
        return word(prompt.getTemplate(), "prompt." + prompt.getId() + ".low", prompt.getLowLabel());
    }

    public String highLabel(Prompt prompt) {
        return word(prompt.getTemplate(), "prompt." + prompt.getId() + ".high", prompt.getHighLabel());
    }

    /** The label of a checklist option as stored (the stored option itself when it has no translation). */
    public String option(Prompt prompt, String storedOption) {
        List<String> stored = prompt.optionList();
        List<String> translated = optionList(prompt);
        int index = stored.indexOf(storedOption);
        return index < 0 || translated.size() != stored.size() ? storedOption : translated.get(index);
    }

    /** A stored checklist answer (one option per line) with each option's label. */
    public String checklistAnswer(Prompt prompt, String storedLines) {
        return storedLines == null ? null
                : storedLines.lines().map(line -> option(prompt, line)).collect(Collectors.joining("\n"));
    }

    private List<String> optionList(Prompt prompt) {
        String key = "prompt." + prompt.getId() + ".options";
        if (!prompt.getTemplate().isBuiltIn() || !bundle.containsKey(key)) {
            return prompt.optionList();
        }
        return Prompt.splitOptions(bundle.getString(key));
    }

    private String word(Template template, String key, String stored) {
        if (stored == null || !template.isBuiltIn()) {
            return stored;
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException notTranslated) {
            return stored;
        }
    }
}
