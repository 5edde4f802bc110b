package org.rebuildtrust.audit;

/** What was done, as the audit trail records it. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    VIEW,
    CREATE,
    CHANGE,
    EXPORT,
    DELETE,
    /** A signed-in person asked for a record that does not exist or is not theirs to see. */
    REFUSED
}
