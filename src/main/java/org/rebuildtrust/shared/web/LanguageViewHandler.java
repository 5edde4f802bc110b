package org.rebuildtrust.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.rebuildtrust.security.CurrentActor;

import java.util.Locale;

/**
 * A page's language: the one its signed-in reader chose (kept with their account, so it follows them to any device and
 * any instance), otherwise the best match of the browser's Accept-Language among the supported locales of
 * faces-config.xml, otherwise English. Dates and numbers on the page follow it, and so does the html element's lang.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getApplication().getResourceHandler().isResourceRequest(context)) {
            // a script or a style sheet: asked for a locale prefix of resources, which this application has none of;
            // no account is read for it (SessionLifetimeFilter leaves resource requests alone for the same reason)
            return super.calculateLocale(context);
        }
        return CDI.current().select(CurrentActor.class).get().chosenLanguage()
                .map(language -> language.locale())
                .orElseGet(() -> super.calculateLocale(context));
    }
}
