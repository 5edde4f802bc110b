package org.rebuildtrust.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.DuplicateSuspectedException;
import org.rebuildtrust.shared.Texts;


/**
 * Puts messages from the one bundle on the page. Business rules name the field they are about; the message
 * is placed next to the input with that id, so forms show it where the user looks.
 */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        return texts().get(key, arguments);
    }

    /** The bundle in the current view's language, for words composed outside the page (reports, exports). */
    public static Texts texts() {
        return Texts.in(locale());
    }

    /** The language of the page being drawn (see LanguageViewHandler); English outside a page. */
    public static java.util.Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? java.util.Locale.ENGLISH : context.getViewRoot().getLocale();
    }

    /** A confirmation that survives the redirect after a successful POST. */
    public static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An error whose words are already composed (for example Bean Validation's own messages). */
    public static void errorText(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a refused request: next to its field in {@code formId} when the rule names one, otherwise at the top.
     * Validation fails, so the page keeps everything the user typed.
     */
    public static void refused(BusinessRuleException refusal, String formId) {
        String clientId = refusal.getField() == null ? null : formId + ":" + refusal.getField();
        if (clientId != null && FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) == null) {
            clientId = null; // the field is not on this form: show the message at the top rather than lose it
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, text(refusal.getMessageKey(), refusal.getArguments()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Warns beside its field of a request that looks like a duplicate; nothing was done, and the page offers to do it
     * anyway. Validation fails so the form keeps what was typed.
     */
    public static void warned(DuplicateSuspectedException duplicate, String formId) {
        String clientId = formId + ":" + duplicate.getField();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) == null) {
            clientId = null;
        }
        add(clientId, FacesMessage.SEVERITY_WARN, text(duplicate.getMessageKey(), duplicate.getArguments()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A save that lost the race against another writer at commit time. */
    public static void refused(OptimisticLockException lostRace) {
        error("error.concurrentEdit");
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
