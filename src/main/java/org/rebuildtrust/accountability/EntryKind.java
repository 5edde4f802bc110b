package org.rebuildtrust.accountability;

/**
 * What an entry of the table records: the involved partner's evidence (a dated action) or own rating, the hurt
 * partner's rating of how much they see the step lived, or the therapist's assessment.
 */
public enum EntryKind {
    EVIDENCE,
    HURT_RATING,
    SELF_RATING,
    ASSESSMENT
}
