package org.rebuildtrust.shared;

/**
 * A record that does not exist, or that the caller may not see. Both give the same not-found page,
 * so nobody can learn that another therapist's couple exists.
 */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ID_LENGTH = 24;

    private final String recordAndId;

    public RecordNotFoundException(String what, Object id) {
        this(recordAndId(what, String.valueOf(id)));
    }

    private RecordNotFoundException(String recordAndId) {
        super(recordAndId + " not found or not visible to the caller");
        this.recordAndId = recordAndId;
    }

    /**
     * The kind of record and its id, short and safe for a log line: an id from a URL may be anything a caller typed, so
     * only its first characters are kept and anything but letters, digits, '-' and '_' becomes '?'.
     */
    private static String recordAndId(String what, String id) {
        String shortId = id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH) + "..." : id;
        return what + " " + shortId.replaceAll("[^A-Za-z0-9_.\\-]", "?");
    }

    public String recordAndId() {
        return recordAndId;
    }

    /** No stack: a record not found is an ordinary answer, logged in one line (see ErrorPageBacking). */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
