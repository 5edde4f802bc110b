package org.rebuildtrust.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A POST without a well-formed PrimeFaces CSP nonce (forged, or sent by a hand-made client) is given a fresh random
 * one, which can never match its view's, so PrimeFaces refuses it as expired. Without this, PrimeFaces would also
 * refuse to draw the expired page itself for want of a nonce, and the person would get a broken server error.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class NonceParameterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !wellFormed(request.getParameter(NONCE))) {
            chain.doFilter(new WithNonce(request, Base64.getEncoder().encodeToString(
                    UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))), response);
            return;
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

    private static final class WithNonce extends HttpServletRequestWrapper {
        private final String nonce;

        WithNonce(HttpServletRequest request, String nonce) {
            super(request);
            this.nonce = nonce;
        }

        @Override
        public String getParameter(String name) {
            return NONCE.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
            parameters.put(NONCE, new String[] {nonce});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
