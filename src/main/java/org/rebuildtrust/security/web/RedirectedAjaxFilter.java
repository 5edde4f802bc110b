package org.rebuildtrust.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Servlets;

import java.io.IOException;

/**
 * Pages answer AJAX only as POSTs. An AJAX request that arrives as a GET was redirected here by the server, most often
 * to the sign-in page after the session ended, and the browser followed the redirect with the AJAX header still on:
 * rendered as AJAX, the page would fail and the person would see nothing happen. Instead the page's script is told to
 * load this address as a whole page.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class RedirectedAjaxFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && Servlets.isFacesAjaxRequest(request)) {
            String query = request.getQueryString();
            String here = request.getRequestURI() + (query == null ? "" : "?" + query);
            Servlets.facesRedirect(request, response, here.replace("%", "%%")); // the URL is a format string
            return;
        }
        chain.doFilter(request, response);
    }
}
