package org.rebuildtrust.security.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Map;

/**
 * A view state restores only the page it was made for. JSF keeps view states per session but does not check which
 * page a state belongs to: a POST to one page (another couple's, say) carrying the state of another page the caller
 * holds (a not-found page, their own couple's page of another kind) would restore a mismatched page and fail in odd
 * ways. Each view records its page when first drawn; a postback whose state is of another page, or whose state cannot
 * be applied to the page at all, or whose CSP nonce is not its view's, is refused as expired, before anything of it
 * runs.
 */
public class OwnViewStateHandler extends ViewHandlerWrapper {

    /** View map entry: the page the view was created for. */
    static final String MADE_FOR = "rebuild.viewMadeFor";

    public OwnViewStateHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * Recorded when the view is drawn (it is the current view then, as JSF's view scope needs); once drawn, its CSP
     * nonce is one this session was given ({@link IssuedNonces}, checked by {@link NonceParameterFilter}).
     */
    @Override
    public void renderView(FacesContext context, UIViewRoot view) throws IOException {
        if (!view.isTransient()) {
            view.getViewMap(true).putIfAbsent(MADE_FOR, view.getViewId());
        }
        super.renderView(context, view);
        Object session = context.getExternalContext().getSession(false);
        if (session instanceof HttpSession httpSession) {
            Map<String, Object> viewMap = view.getViewMap(false);
            Object nonce = viewMap == null ? null : viewMap.get(NonceParameterFilter.NONCE);
            IssuedNonces.remember(httpSession, nonce instanceof String drawn ? drawn
                    : context.getExternalContext().getRequestParameterMap().get(NonceParameterFilter.NONCE));
        }
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        UIViewRoot view;
        try {
            view = super.restoreView(context, viewId);
        } catch (ViewExpiredException expired) {
            throw expired;
        } catch (RuntimeException stateOfAnotherPage) {
            // Without its cause: the error handling unwraps to the root cause and would show a server error instead.
            throw refused(context, viewId, "The view state does not fit " + viewId + ": " + stateOfAnotherPage);
        }
        if (view != null) {
            Map<String, Object> viewMap = view.getViewMap(false);
            Object madeFor = viewMap == null ? null : viewMap.get(MADE_FOR);
            if (madeFor != null && !madeFor.equals(view.getViewId())) {
                throw refused(context, viewId, "The view state was made for another page than " + viewId);
            }
            // PrimeFaces compares them only when it draws the answer, after the action has run.
            Object nonce = viewMap == null ? null : viewMap.get(NonceParameterFilter.NONCE);
            if (nonce != null && !nonce.equals(context.getExternalContext().getRequestParameterMap()
                    .get(NonceParameterFilter.NONCE))) {
                throw refused(context, viewId, "The CSP nonce is not the one of the view posted to");
            }
        }
        return view;
    }

    /**
     * The refusal, with a fresh empty view of the page as the current one: the half-restored view must not be looked
     * at again while the expired page is drawn (OmniFaces inspects the request's source component in it).
     */
    private ViewExpiredException refused(FacesContext context, String viewId, String why) {
        context.setViewRoot(super.createView(context, viewId));
        return new ViewExpiredException(why, viewId);
    }
}
