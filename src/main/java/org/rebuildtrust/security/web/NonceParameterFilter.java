package org.rebuildtrust.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.rebuildtrust.shared.web.PlainErrorPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A postback (a POST with a view state) whose PrimeFaces CSP nonce is missing, malformed, or not one this session was
 * given with a page, is refused with 400 before anything of it runs. Every form of our pages carries its nonce
 * (PrimeFaces adds it), so only a hand-made or forged request lacks it. PrimeFaces itself checks the nonce only when it
 * draws the answer, after the action has run; and a postback without a nonce could not even draw its error page.
 * The refusal is one line in the log. Whether the nonce is the one of the very view posted to is checked as the view
 * is restored ({@link OwnViewStateHandler}).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class NonceParameterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NonceParameterFilter.class.getName());
    static final String NONCE = "primefaces.nonce";
    static final String VIEW_STATE = "jakarta.faces.ViewState";
    /**
     * The view state of a stateless page (the sign-in page, {@link SessionlessSignInViewHandler}): drawn without a
     * session, its nonce was given to nobody in particular. A form from another site is refused by
     * {@link CrossSiteSignInFilter}; a page that is not stateless cannot be restored from this value.
     */
    static final String STATELESS = "stateless";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getParameter(VIEW_STATE) != null) {
            String nonce = request.getParameter(NONCE);
            HttpSession session = request.getSession(false);
            String refusal = !wellFormed(nonce) ? "without a well-formed CSP nonce"
                    : session != null && !STATELESS.equals(request.getParameter(VIEW_STATE))
                            && !IssuedNonces.mayHave(session, nonce) ? "with a CSP nonce this session was not given"
                    : null;
            if (refusal != null) {
                LOG.info(() -> "Refused a POST to " + shorten(request.getRequestURI()) + " " + refusal);
                PlainErrorPage.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.refused.title",
                        "error.refused.text");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** PrimeFaces' nonces are the Base64 of a UUID's text. */
    static boolean wellFormed(String nonce) {
        if (nonce == null || nonce.isEmpty() || nonce.length() > 64) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    private static String shorten(String uri) {
        return uri.length() <= 200 ? uri : uri.substring(0, 200) + "...";
    }
}
