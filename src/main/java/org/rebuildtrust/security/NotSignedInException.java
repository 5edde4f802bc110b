package org.rebuildtrust.security;

/** A protected action reached without a valid signed-in account (for example one deactivated meanwhile). */
public class NotSignedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("No valid signed-in account");
    }
}
