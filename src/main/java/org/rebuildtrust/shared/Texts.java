package org.rebuildtrust.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one message bundle, for words composed outside a page (reports, exports). Keys with arguments are
 * {@link MessageFormat} patterns (apostrophes doubled); keys without are used as written.
 */
public final class Texts {

    public static final String BUNDLE = "org.rebuildtrust.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Texts in(Locale locale) {
        // no fallback to the JVM's default locale: a language without a file reads the English base file
        return new Texts(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)), locale);
    }

    /** A day as the pages show it in this locale ("Dec 3, 2026"), for documents made outside a page (the PDF). */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale).format(day);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
