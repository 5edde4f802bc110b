package org.rebuildtrust.homework.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.rebuildtrust.homework.TemplateWording;
import org.rebuildtrust.shared.web.Messages;

/** Pages read a template's words through {@link TemplateWording} in the page's language: #{templateWords.title(t)}. */
@ApplicationScoped
public class TemplateWords {

    @Produces
    @Named("templateWords")
    @Dependent
    TemplateWording inThePagesLanguage() {
        return TemplateWording.in(Messages.locale());
    }
}
