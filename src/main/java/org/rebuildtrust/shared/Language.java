package org.rebuildtrust.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal is written in: one message bundle each (messages.properties, messages_es.properties). A
 * partner's choice is kept with their account; without one, the browser's Accept-Language decides.
 */
public enum Language {

    ENGLISH(Locale.ENGLISH, "English"),
    SPANISH(Locale.forLanguageTag("es"), "Español");

    private final Locale locale;
    private final String ownName;

    Language(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so that anyone can find theirs whatever the page's language is. */
    public String getOwnName() {
        return ownName;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    /** The supported language of a locale, or English (the base of every bundle) when it is none of them. */
    public static Language ofOrEnglish(Locale locale) {
        return of(locale).orElse(ENGLISH);
    }

    /** The supported language of a locale ("es-MX" is Spanish), if any. */
    public static Optional<Language> of(Locale locale) {
        return locale == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.locale.getLanguage().equals(locale.getLanguage())).findFirst();
    }
}
