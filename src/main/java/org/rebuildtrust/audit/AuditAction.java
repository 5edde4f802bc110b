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
    DELETE
}
