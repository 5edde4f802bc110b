package org.rebuildtrust.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.Language;
import org.rebuildtrust.shared.web.Messages;

import java.util.List;

/** A signed-in person chooses the language of their pages and emails; the page is drawn again in it. */
@Named
@RequestScoped
public class LanguageBacking {

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor currentActor;

    @NotNull
    private Language language;

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** The language this page is in (chosen, or the browser's). */
    public Language getLanguage() {
        if (language == null) {
            language = Language.ofOrEnglish(Messages.locale());
        }
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    /** Saved with the account; the redirect makes a new view, whose locale is the new language. */
    public String choose() {
        accounts.chooseLanguage(currentActor.require(), language);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
