package org.rebuildtrust.shared.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers where each page, template and include of the application is, once per name. Mojarra
 * looks a view up again every time a page is built (its template and includes) and every time a link with an outcome
 * is drawn (whether the target exists), and each lookup first asks the application's message bundle for a resource
 * locale prefix it does not have: a MissingResourceException with its stack trace, a twentieth of a portal page's CPU
 * under load (issue 16, async-profiler). The pages of a deployed WAR do not change while it runs, so in production
 * the answer is kept for each view found; in development every lookup goes through, so that edited pages show.
 */
public class KnownViewsResourceHandler extends ResourceHandlerWrapper {

    /** Only views that exist: a name that is not one is asked again each time, so made-up addresses fill nothing. */
    private final ConcurrentMap<String, ViewResource> known = new ConcurrentHashMap<>();

    public KnownViewsResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName == null || !context.isProjectStage(ProjectStage.Production)) {
            return getWrapped().createViewResource(context, resourceName);
        }
        ViewResource found = known.get(resourceName);
        if (found == null) {
            // not computeIfAbsent: the lookup may itself look views up, which a ConcurrentHashMap does not allow
            found = getWrapped().createViewResource(context, resourceName);
            if (found != null) {
                known.putIfAbsent(resourceName, found);
            }
        }
        return found;
    }
}
