package org.rebuildtrust.audit;

/** Which kind of record an audited action concerned. */
public enum AuditRecord {
    ACCOUNT,
    COUPLE,
    PARTNER,
    ASSIGNMENT,
    HOMEWORK_ANSWER,
    ACCOUNTABILITY,
    CHECK_IN,
    MILESTONE,
    SESSION,
    APPOINTMENT,
    INTAKE,
    SAFETY_FLAG,
    SESSION_NOTE,
    PSYCHOTHERAPY_NOTE,
    PREP_NOTE,
    REPORT,
    AUDIT_TRAIL
}
