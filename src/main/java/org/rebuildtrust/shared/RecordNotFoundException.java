package org.rebuildtrust.shared;

/**
 * A record that does not exist, or that the caller may not see. Both give the same not-found page,
 * so nobody can learn that another therapist's couple exists.
 */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " not found or not visible to the caller");
    }
}
