package org.rebuildtrust.homework.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.rebuildtrust.homework.Prompt;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.homework.TemplateWording;

/** {@link TemplateWording} in the page's language, for pages: #{templateWords.title(template)}. */
@Named
@ApplicationScoped
public class TemplateWords {

    public String title(Template template) {
        return wording().title(template);
    }

    public String purpose(Template template) {
        return wording().purpose(template);
    }

    public String instructions(Template template) {
        return wording().instructions(template);
    }

    public String question(Prompt prompt) {
        return wording().question(prompt);
    }

    public String help(Prompt prompt) {
        return wording().help(prompt);
    }

    public String lowLabel(Prompt prompt) {
        return wording().lowLabel(prompt);
    }

    public String highLabel(Prompt prompt) {
        return wording().highLabel(prompt);
    }

    public String option(Prompt prompt, String storedOption) {
        return wording().option(prompt, storedOption);
    }

    public String checklistAnswer(Prompt prompt, String storedLines) {
        return wording().checklistAnswer(prompt, storedLines);
    }

    private static TemplateWording wording() {
        return TemplateWording.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
