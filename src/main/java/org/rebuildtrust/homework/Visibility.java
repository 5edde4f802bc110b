package org.rebuildtrust.homework;

/**
 * Who sees a partner's answer besides its author and the therapist. Chosen per assignment and shown to the
 * partner before they answer.
 */
public enum Visibility {
    /** Only the author and the therapist. */
    PRIVATE,
    /** The other partner too, once it is submitted. */
    SHARED,
    /** The other partner, once both partners have submitted. */
    REVEAL_TOGETHER
}
