package org.rebuildtrust.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;

import java.io.IOException;

/**
 * Where the practice requires two-factor sign-in, a therapist or admin without it reaches nothing but the set-up page
 * until it is done (the sign-in marks the session; confirming the set-up clears the mark).
 */
@WebFilter(urlPatterns = {"/therapist/*", "/admin/*"})
public class TwoFactorEnrolmentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(LoginBacking.MUST_ENROL))) {
            Servlets.facesRedirect(request, response, "account/two-factor.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
