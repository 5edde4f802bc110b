package org.rebuildtrust.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rebuildtrust.shared.web.PlainErrorPage;

import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;

/**
 * A sign-in form posted from another site is refused (403, "This request was refused"). The sign-in page is stateless
 * ({@link SessionlessSignInViewHandler}: any instance takes its forms, none keeps its views), so no view state can
 * serve as the proof that the form came from this site. The
 * browser's own word does: Sec-Fetch-Site says "same-origin" only for a form of this site (older browsers: an Origin
 * naming another host).
 * Without a forged sign-in, nobody can sign a person's browser into an account of theirs and read what the person then
 * types there.
 */
public class CrossSiteSignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteSignInFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && isCrossSite(request)) {
            LOG.info(() -> "Refused a sign-in form posted from another site (Origin " + request.getHeader("Origin")
                    + ", Sec-Fetch-Site " + request.getHeader("Sec-Fetch-Site") + ", to " + request.getServerName() + ")");
            PlainErrorPage.send(request, response, HttpServletResponse.SC_FORBIDDEN, "error.refused.title",
                    "error.refused.text");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // a form of this very origin, or the person's own doing; another site or a sibling subdomain is refused
            return !"same-origin".equals(fetchSite) && !"none".equals(fetchSite);
        }
        // A browser that predates Sec-Fetch-Site: its Origin, when it names a host. ("null" is what Chromium sends for
        // this site's own forms too, under the no-referrer policy these pages set.)
        String origin = request.getHeader("Origin");
        if (origin == null || "null".equals(origin)) {
            return false;
        }
        // the host names alone: nginx passes the Host without the port the browser used
        try {
            return !request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
