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
import org.rebuildtrust.security.SignedInSessions;

import java.io.IOException;

/** Ends a signed-in session past its absolute lifetime, however active, and sends the person to sign in again. */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInSessions signedInSessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && signedInSessions.isPastLifetime(session)) {
            session.invalidate();
            Servlets.facesRedirect(request, response, "login.xhtml?ended=lifetime"); // an AJAX request gets a partial-response redirect
            return;
        }
        chain.doFilter(request, response);
    }
}
