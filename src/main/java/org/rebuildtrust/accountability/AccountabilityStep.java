package org.rebuildtrust.accountability;

/** The four rows of the accountability table, lived by the involved partner. */
public enum AccountabilityStep {
    ACKNOWLEDGE_BETRAYAL,
    TAKE_RESPONSIBILITY,
    MAKE_AMENDS,
    PROVIDE_TRANSPARENCY
}
