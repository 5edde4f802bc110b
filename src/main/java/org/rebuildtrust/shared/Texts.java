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

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Texts in(Locale locale) {
        return new Texts(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
