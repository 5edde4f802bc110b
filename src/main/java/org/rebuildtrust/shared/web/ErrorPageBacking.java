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
    static final int MAX_REPORT = 4000;
    private static final int MAX_MESSAGE = 300;
    private static final int MAX_URI = 200;
    private static final int MAX_FRAMES = 12;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    private String reference;
    private boolean logged;

    @PostConstruct
    void init() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        reference = HexFormat.of().formatHex(bytes).toUpperCase();
    }

    /**
     * Logs the failure under this page's reference; called once when the server error page renders. The report is
     * bounded (see {@link #report}): however a request fails, it cannot flood the log.
     */
    public void logServerError() {
        setStatusOfWholePage(500);
        if (logged) {
            return;
        }
        logged = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object error = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        LOG.severe(() -> "Error reference " + reference + " for " + shorten(String.valueOf(uri), MAX_URI)
                + (error instanceof Throwable throwable ? ": " + report(throwable) : ""));
    }

    /**
     * The not-found page answers 404 even when it was reached through an exception. A record that was asked for and
     * not found is one line in the log (its kind and id, never a stack trace: it is an ordinary answer) and, for a
     * signed-in person, a refused try in the audit trail. A mistyped address is neither.
     */
    public void markNotFound() {
        setStatusOfWholePage(404);
        if (logged) {
            return; // the page may be drawn twice in one request (a view action's failure, then the error page)
        }
        logged = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        RecordNotFoundException notFound = notFoundIn(external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION));
        String what = notFound != null ? notFound.recordAndId()
                : Integer.valueOf(403).equals(status) ? "page forbidden to the caller" : null;
        if (what == null) {
            return;
        }
        String where = shorten(String.valueOf(uri), MAX_URI);
        Actor actor = currentActor.get();
        LOG.info(() -> "Not found: " + what + " at " + where + (actor == null ? "" : " for account " + actor.accountId()));
        if (actor != null) {
            audit.refused(actor, "not found: " + what + " at " + where);
        }
    }

    private static RecordNotFoundException notFoundIn(Object error) {
        for (Throwable cause = error instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordNotFoundException notFound) {
                return notFound;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * A failure in a few lines: each cause's class and the start of its message, and the first frames of the deepest
     * cause, at most about {@value #MAX_REPORT} characters.
     */
    static String report(Throwable failure) {
        StringBuilder report = new StringBuilder();
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null && report.length() < MAX_REPORT; cause = cause.getCause()) {
            report.append(report.length() == 0 ? "" : " | caused by ").append(cause.getClass().getName()).append(": ")
                    .append(shorten(String.valueOf(cause.getMessage()), MAX_MESSAGE));
            deepest = cause;
            if (cause.getCause() == cause) {
                break;
            }
        }
        StackTraceElement[] frames = deepest.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
            report.append("\n\tat ").append(frames[i]);
        }
        return report.length() <= MAX_REPORT ? report.toString() : report.substring(0, MAX_REPORT) + "...";
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
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
