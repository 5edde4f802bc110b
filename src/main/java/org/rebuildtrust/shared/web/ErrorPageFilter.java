package org.rebuildtrust.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;
import org.rebuildtrust.security.NotSignedInException;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.io.IOException;

/**
 * Shows the error page of a failed full-page request itself, instead of letting the exception reach the container,
 * which would log it with its whole stack (10 to 20 KB for every not-found a scanner asks for) before showing the same
 * page. What is logged is the error page's business: one line for a record not found or an expired view, a bounded
 * report under a reference for a server error ({@link ErrorPageBacking}). AJAX requests never get here: OmniFaces'
 * handler draws their error pages inside JSF.
 * <p>
 * The page is drawn as the container would draw it (a forward carrying the error attributes, which JSF treats as an
 * error page, not as a postback of the failed page).
 */
public class ErrorPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NOT_FOUND = "/WEB-INF/errors/not-found.xhtml";
    static final String EXPIRED = "/WEB-INF/errors/expired.xhtml";
    static final String SERVER_ERROR = "/WEB-INF/errors/error.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null) {
                throw failure;
            }
            Throwable cause = rootCause(failure);
            if (cause instanceof RecordNotFoundException) {
                show(request, response, NOT_FOUND, 404, cause);
            } else if (cause instanceof ViewExpiredException || cause instanceof CspException
                    || cause instanceof NotSignedInException) {
                show(request, response, EXPIRED, 200, cause);
            } else {
                show(request, response, SERVER_ERROR, 500, cause);
            }
        }
    }

    private static void show(HttpServletRequest request, HttpServletResponse response, String page, int status,
                             Throwable cause) throws IOException, ServletException {
        response.reset();
        response.setStatus(status);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, cause);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, cause.getClass());
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, cause.getClass().getSimpleName());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME, "Faces Servlet");
        request.getRequestDispatcher(page).forward(request, response);
    }

    /** The cause the person's page is about, below the servlet's and JSF's wrappers. */
    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ServletException || cause instanceof FacesException
                || cause instanceof jakarta.el.ELException) && cause.getCause() != null
                && !(cause instanceof ViewExpiredException) && !(cause instanceof CspException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
