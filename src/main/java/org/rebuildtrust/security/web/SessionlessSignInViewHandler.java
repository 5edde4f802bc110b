package org.rebuildtrust.security.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The sign-in page is stateless (a transient view): drawing it keeps nothing on the server, so an anonymous visitor
 * gets no session until signing in succeeds, and either step of the sign-in may be posted to whichever instance
 * answers (the view is built anew there from the page). It must be transient from its creation: PrimeFaces' CSP
 * support stores a page's nonce in the view map, and so in a new session, before the page's own tags are read. A form
 * from another site is refused by {@link CrossSiteSignInFilter}, since no view state proves where the form came from;
 * the second step's state is in the database ({@link org.rebuildtrust.security.SecondFactorSteps}).
 */
public class SessionlessSignInViewHandler extends ViewHandlerWrapper {

    static final String SIGN_IN_PAGE = "/login.xhtml";

    public SessionlessSignInViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && SIGN_IN_PAGE.equals(view.getViewId())) {
            view.setTransient(true);
        }
        return view;
    }
}
