package org.rebuildtrust.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rebuildtrust.shared.web.PlainErrorPage;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A session id in the address ({@code ;jsessionid=...}) is refused with 404, whatever session it names. Sessions are
 * tracked by cookie only (web.xml), yet Payara still honours an id in the address: a link carrying one, pasted or
 * planted, would sign its opener into someone else's session (or hand over the opener's), and the id would leak
 * through logs and the Referer header.
 */
public class SessionIdInUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionIdInUrlFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL()
                || request.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid")) {
            LOG.info("Refused a request with a session id in its address");
            PlainErrorPage.send(request, response, HttpServletResponse.SC_NOT_FOUND, "error.notFound.title",
                    "error.notFound.text");
            return;
        }
        chain.doFilter(request, response);
    }
}
