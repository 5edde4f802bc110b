package org.rebuildtrust.shared.web;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.omnifaces.util.Servlets;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads a signed-in person's page in one transaction: every section's service joins it, so they share one
 * persistence context and what one section read (the account, the partner, the practice, the couple and its access
 * check, see {@link org.rebuildtrust.shared.TransactionMemo}) is not read again by the next; a page used to open a
 * transaction per section, each reading them anew (docs/performance.md). Only loads: a GET of a page by someone
 * signed in. Actions (POST) keep their services' own transactions, so a refused or lost save is the action's alone;
 * pages for people not signed in (sign-in, invitations, password resets) are left as they were, and so are scripts
 * and styles. The transaction commits when the page has been drawn (the page's audit entry is written then) and is
 * rolled back when drawing failed or a service marked it: the error page is drawn afterwards, outside it
 * (ErrorPageFilter forwards to it; this filter sees requests only). Mapped last in web.xml, so it wraps only the
 * Faces servlet, after the security filters have let the request in.
 */
public class PageTransactionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageTransactionFilter.class.getName());

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isSignedInPageLoad(request) || alreadyInTransaction()) {
            chain.doFilter(request, response);
            return;
        }
        begin();
        boolean drawn = false;
        try {
            chain.doFilter(request, response);
            drawn = true;
        } finally {
            end(drawn, response);
        }
    }

    static boolean isSignedInPageLoad(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getUserPrincipal() != null
                && !Servlets.isFacesResourceRequest(request);
    }

    private boolean alreadyInTransaction() throws ServletException {
        try {
            return transaction.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new ServletException("The transaction manager did not answer", e);
        }
    }

    private void begin() throws ServletException {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new ServletException("Could not begin the page's transaction", e);
        }
    }

    private void end(boolean drawn, HttpServletResponse response) throws ServletException {
        try {
            if (drawn && transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            if (!drawn || response.isCommitted()) {
                // the page's own failure is the one to report (or it already reached the person): this one is logged
                LOG.log(Level.WARNING, "The page's transaction did not end cleanly", e);
            } else {
                throw new ServletException("Could not commit the page's transaction", e);
            }
        }
    }
}
