package org.rebuildtrust.shared;

/**
 * A record that does not exist, or that the caller may not see. Both give the same not-found page,
 * so nobody can learn that another therapist's couple exists.
 */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " not found or not visible to the caller");
        this.kind = what;
        this.id = String.valueOf(id);
    }

    /** The kind of record asked for ("Couple", "Assignment"...). */
    public String getKind() {
        return kind;
    }

    /** The id asked for, as given. */
    public String getId() {
        return id;
    }

    /** Ordinary answers need no stack trace in the log: the kind and id say what was asked for. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
