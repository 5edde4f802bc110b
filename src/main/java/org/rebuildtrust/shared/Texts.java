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
        return new Texts(bundle(BUNDLE, locale), locale);
    }

    /**
     * A bundle of this application in a language, without Java's fallback to the JVM's default locale: a language with
     * no file of its own reads the English base file, whatever the server's default (which could be Spanish).
     */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
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
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = shown(arguments[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    /** Days and times as this locale writes them: MessageFormat knows only the old date classes. */
    private Object shown(Object argument) {
        if (argument instanceof java.time.LocalDate day) {
            return day(day);
        }
        if (argument instanceof java.time.LocalTime time) {
            return time(time);
        }
        return argument;
    }

    /**
     * A day with its weekday as this locale writes them: "Thu, Dec 10, 2026", or with the full weekday ("Thursday,
     * Dec 10, 2026") where there is room for it (an email).
     */
    public String weekdayAndDay(java.time.LocalDate day, boolean fullWeekday) {
        return java.time.format.DateTimeFormatter.ofPattern(fullWeekday ? "EEEE" : "EEE", locale).format(day) + ", "
                + day(day);
    }

    /** A time of day as this locale writes it ("6:00 PM", "18:00"). */
    public String time(java.time.LocalTime time) {
        return time == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(locale).format(time);
    }
}
