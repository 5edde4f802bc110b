package org.rebuildtrust.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error pages. The full error goes to the server log under a short reference that the page shows,
 * so support can find it while the user sees no internals.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    private String reference;

    @PostConstruct
    void init() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        reference = HexFormat.of().formatHex(bytes).toUpperCase();
    }

    /** Logs the failure under this page's reference; called once when the server error page renders. */
    public void logServerError() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object error = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        LOG.log(Level.SEVERE, "Error reference " + reference + " for " + uri,
                error instanceof Throwable throwable ? throwable : null);
        setStatusOfWholePage(500);
    }

    /**
     * The not-found page answers 404 even when it was reached through an exception. A record that was asked for and
     * not found is one line in the log (its kind and id, never a stack trace: it is an ordinary answer) and, for a
     * signed-in person, a refused try in the audit trail.
     */
    public void markNotFound() {
        setStatusOfWholePage(404);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        RecordNotFoundException notFound = notFoundIn(external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION));
        String what = notFound != null ? notFound.getKind() + " " + notFound.getId()
                : Integer.valueOf(403).equals(status) ? "page forbidden to the caller" : null;
        if (what == null) {
            return; // a mistyped address: nothing was refused
        }
        Actor actor = currentActor.get();
        LOG.info(() -> "Not found: " + what + " at " + uri + (actor == null ? "" : " for account " + actor.accountId()));
        if (actor != null) {
            audit.refused(actor, "not found: " + what + " at " + uri);
        }
    }

    private static RecordNotFoundException notFoundIn(Object error) {
        for (Throwable cause = error instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordNotFoundException notFound) {
                return notFound;
            }
        }
        return null;
    }

    /**
     * Only a whole page carries the error's status. An AJAX answer must stay 200: the page's script shows a partial
     * response only then, and would otherwise leave the person looking at a button that never finishes.
     */
    private static void setStatusOfWholePage(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().setResponseStatus(status);
        }
    }

    public String getReference() {
        return reference;
    }
}
