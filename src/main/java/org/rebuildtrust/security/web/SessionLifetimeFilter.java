package org.rebuildtrust.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.security.SignedInSessions;

import java.io.IOException;

/**
 * Ends a signed-in session past its absolute lifetime, however active, or ended by a change to its account on any
 * instance (a new password, a deactivation: see {@link SignedInSessions}), and sends the person to sign in again with
 * a word on why. Faces resources (scripts, styles) are let through without the check: they hold nothing of a person's.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInSessions signedInSessions;

    @Inject
    CurrentActor currentActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !Servlets.isFacesResourceRequest(request)) {
            String ended = signedInSessions.isPastLifetime(session) ? "lifetime"
                    : request.getUserPrincipal() != null
                    && signedInSessions.isEndedByAccountChange(session, currentActor.sessionGeneration()) ? "elsewhere"
                    : null;
            if (ended != null) {
                session.invalidate();
                // an AJAX request gets a partial-response redirect
                Servlets.facesRedirect(request, response, "login.xhtml?ended=" + ended);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
